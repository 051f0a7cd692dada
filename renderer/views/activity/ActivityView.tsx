import { useReload } from '../../app/live-updates.ts';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../components/errors.ts';
import { AuditTab } from './AuditTab.tsx';
import { OutboxTab } from './OutboxTab.tsx';
import { useSignInsStore } from './sign-ins-store.ts';
import { SignInsTab } from './SignInsTab.tsx';
import { useActivityStore } from './store.ts';
import './activity.css';

const TABS = ['audit', 'signins', 'outbox'] as const;
const tabLabel = { audit: 'ui.activity.audit', signins: 'signins.ui.tab', outbox: 'ui.activity.outbox' } as const;

/** Activity (SPEC §6): the audit log of every change, the sign-in log, and the outbox of every email, in three tabs. */
export function ActivityView() {
  const { t } = useTranslation();
  const tab = useActivityStore((s) => s.tab);
  const setTab = useActivityStore((s) => s.setTab);
  const load = useActivityStore((s) => s.load);
  const loadSignIns = useSignInsStore((s) => s.load);
  const error = useActivityStore((s) => s.error);
  const signInsError = useSignInsStore((s) => s.error);
  const errorText = useErrorText();
  // Only the open tab is read (on entering the view and on every change elsewhere); a tab reads its own when opened.
  useReload(() => (useActivityStore.getState().tab === 'signins' ? loadSignIns() : load()));
  const shown = tab === 'signins' ? signInsError : error;
  const select = (key: Key) => {
    const next = TABS.find((name) => name === key) ?? 'audit';
    setTab(next);
    if (next === 'signins') void loadSignIns();
  };
  return (
    <div className="activity-view">
      <h1>{t('ui.activity.title')}</h1>
      {shown && <div className="banner banner-error" role="alert">{errorText(shown)}</div>}
      <Tabs selectedKey={tab} onSelectionChange={select}>
        <TabList className="tabs" aria-label={t('ui.activity.title')}>
          {TABS.map((name) => (
            <Tab key={name} id={name} className="tab">
              {t(tabLabel[name])}
            </Tab>
          ))}
        </TabList>
        <TabPanel id="audit" className="tab-panel">
          <AuditTab />
        </TabPanel>
        <TabPanel id="signins" className="tab-panel">
          <SignInsTab />
        </TabPanel>
        <TabPanel id="outbox" className="tab-panel">
          <OutboxTab />
        </TabPanel>
      </Tabs>
    </div>
  );
}
