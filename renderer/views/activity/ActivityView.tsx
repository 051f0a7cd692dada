import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../components/errors.ts';
import { AuditList } from './AuditList.tsx';
import { OutboxList } from './OutboxList.tsx';
import { useActivityStore } from './store.ts';

export function ActivityView() {
  const { t } = useTranslation();
  const tab = useActivityStore((s) => s.tab);
  const setTab = useActivityStore((s) => s.setTab);
  const load = useActivityStore((s) => s.load);
  const error = useActivityStore((s) => s.error);
  const errorText = useErrorText();
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <>
      <h1>{t('ui.activity.title')}</h1>
      {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
      <div className="tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'audit'} onClick={() => setTab('audit')}>{t('ui.activity.audit')}</button>
        <button type="button" role="tab" aria-selected={tab === 'outbox'} onClick={() => setTab('outbox')}>{t('ui.activity.outbox')}</button>
      </div>
      <div role="tabpanel">{tab === 'audit' ? <AuditList /> : <OutboxList />}</div>
    </>
  );
}
