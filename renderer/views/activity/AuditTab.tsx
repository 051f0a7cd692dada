import { useTranslation } from 'react-i18next';
import { AuditDetails } from './AuditDetails.tsx';
import { AuditFilters } from './AuditFilters.tsx';
import { AuditTable } from './AuditTable.tsx';
import { useActivityStore } from './store.ts';

/** The audit log: filters, how many entries match, the table, and the open entry's details beside it. */
export function AuditTab() {
  const { t } = useTranslation();
  const audit = useActivityStore((s) => s.audit);
  const openId = useActivityStore((s) => s.openEntryId);
  const openEntry = useActivityStore((s) => s.openEntry);
  const clear = useActivityStore((s) => s.clearAuditFilters);
  const filtered = useActivityStore((s) => Object.values(s.auditFilters).some((v) => v !== ''));
  const entry = openId ? audit.rows.find((row) => row.id === openId) : undefined;

  return (
    <>
      <AuditFilters />
      <div className="activity-toolbar">
        <p className="muted" role="status">
          {audit.loaded ? t('ui.activity.count', { count: audit.total }) : t('ui.activity.loading')}
        </p>
        {filtered && (
          <button type="button" className="btn-link" onClick={clear}>
            {t('ui.activity.clearFilters')}
          </button>
        )}
      </div>
      {audit.loaded && audit.total === 0 && <p className="muted">{filtered ? t('ui.activity.noMatch') : t('ui.activity.empty')}</p>}
      {audit.rows.length > 0 && <AuditTable />}
      {entry && <AuditDetails entry={entry} onClose={() => openEntry(null)} />}
    </>
  );
}
