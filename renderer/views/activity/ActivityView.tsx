import { useReload } from '../../app/live-updates.ts';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../components/errors.ts';
import { AuditTab } from './AuditTab.tsx';
import { OutboxTab } from './OutboxTab.tsx';
import { useActivityStore } from './store.ts';
import './activity.css';

const TABS = ['audit', 'outbox'] as const;

/** Activity (SPEC §6): the audit log of every change, and the outbox of every email, in two tabs. */
export function ActivityView() {
  const { t } = useTranslation();
  const tab = useActivityStore((s) => s.tab);
  const setTab = useActivityStore((s) => s.setTab);
  const load = useActivityStore((s) => s.load);
  const error = useActivityStore((s) => s.error);
  const errorText = useErrorText();
  useReload(load);
  return (
    <div className="activity-view">
      <h1>{t('ui.activity.title')}</h1>
      {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
      <Tabs selectedKey={tab} onSelectionChange={(key: Key) => setTab(key === 'outbox' ? 'outbox' : 'audit')}>
        <TabList className="tabs" aria-label={t('ui.activity.title')}>
          {TABS.map((name) => (
            <Tab key={name} id={name} className="tab">
              {t(`ui.activity.${name}`)}
            </Tab>
          ))}
        </TabList>
        <TabPanel id="audit" className="tab-panel">
          <AuditTab />
        </TabPanel>
        <TabPanel id="outbox" className="tab-panel">
          <OutboxTab />
        </TabPanel>
      </Tabs>
    </div>
  );
}
