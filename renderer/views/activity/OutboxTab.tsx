import { useTranslation } from 'react-i18next';
import { ActivityToolbar } from './ActivityToolbar.tsx';
import { EmailPreview } from './EmailPreview.tsx';
import { OutboxFilters } from './OutboxFilters.tsx';
import { OutboxTable } from './OutboxTable.tsx';
import { useActivityStore } from './store.ts';

/** The emails the vendor would have sent: filters, the list, and the one being read. */
export function OutboxTab() {
  const { t } = useTranslation();
  const outbox = useActivityStore((s) => s.outbox);
  const openId = useActivityStore((s) => s.openEmailId);
  const filtered = useActivityStore((s) => Object.values(s.outboxFilters).some((v) => v !== ''));
  const clear = useActivityStore((s) => s.clearOutboxFilters);
  const email = openId ? outbox.rows.find((e) => e.id === openId) : undefined;
  return (
    <>
      <OutboxFilters />
      <ActivityToolbar status={outbox.loaded ? t('ui.activity.emailCount', { count: outbox.total }) : t('ui.activity.loading')} filtered={filtered} onClear={clear} />
      {outbox.loaded && outbox.total === 0 && <p className="muted">{filtered ? t('ui.activity.noEmailMatch') : t('ui.activity.noEmails')}</p>}
      <div className="activity-split open">
        {outbox.rows.length > 0 ? <OutboxTable /> : <div />}
        <EmailPreview email={email} />
      </div>
    </>
  );
}
