import { useTranslation } from 'react-i18next';
import { ActivityToolbar } from './ActivityToolbar.tsx';
import { useProvideCommands } from '../../app/app-commands.ts';
import { formatDateTime } from '../../app/format.ts';
import { downloadFile } from '../../app/print.ts';
import { useLanguage, useTimeZone } from '../../app/selectors.ts';
import { auditCsv } from './audit-csv.ts';
import { AuditDetails } from './AuditDetails.tsx';
import { AuditFilters } from './AuditFilters.tsx';
import { AuditTable } from './AuditTable.tsx';
import { useActivityStore } from './store.ts';
import { useAuditLabels } from './use-audit-labels.ts';

/**
 * Every entry the filters match (all pages, not only those loaded on screen), as CSV with values
 * formatted as the table shows them.
 */
function useExportAudit() {
  const { t } = useTranslation();
  const readAll = useActivityStore((s) => s.auditForExport);
  const language = useLanguage();
  const timeZone = useTimeZone();
  const labels = useAuditLabels();
  return async () => {
    const all = await readAll();
    if (!all.ok) return; // the store shows why
    const a = (key: string) => t(`ui.activity.${key}`);
    const headers = { when: a('when'), who: a('who'), action: a('what'), target: a('target'), field: a('field'), before: a('before'), after: a('after') };
    const csv = auditCsv(all.rows, { headers, when: (iso) => formatDateTime(iso, language, timeZone), ...labels });
    downloadFile('audit-log.csv', `\uFEFF${csv}`, 'text/csv;charset=utf-8');
  };
}

/** The audit log: filters, how many entries match, the table, and the open entry's details beside it. */
export function AuditTab() {
  const { t } = useTranslation();
  const audit = useActivityStore((s) => s.audit);
  const openId = useActivityStore((s) => s.openEntryId);
  const openEntry = useActivityStore((s) => s.openEntry);
  const clear = useActivityStore((s) => s.clearAuditFilters);
  const filtered = useActivityStore((s) => Object.values(s.auditFilters).some((v) => v !== ''));
  const entry = openId ? audit.rows.find((row) => row.id === openId) : undefined;
  const exportCsv = useExportAudit();
  useProvideCommands(audit.rows.length ? { exportCsv } : {});

  return (
    <>
      <AuditFilters />
      <ActivityToolbar
        status={audit.loaded ? t('ui.activity.count', { count: audit.total }) : t('ui.activity.loading')}
        filtered={filtered}
        onClear={clear}
        onExport={{ disabled: audit.rows.length === 0, run: () => void exportCsv() }}
      />
      {audit.loaded && audit.total === 0 && <p className="muted">{filtered ? t('ui.activity.noMatch') : t('ui.activity.empty')}</p>}
      {audit.rows.length > 0 && <AuditTable />}
      {entry && <AuditDetails entry={entry} onClose={() => openEntry(null)} />}
    </>
  );
}
