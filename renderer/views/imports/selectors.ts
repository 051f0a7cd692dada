import { useMemo } from 'react';
import { useImportStore, type ImportReport, type ImportStatus } from './store.ts';

/** Statuses in the order the totals show them: what applies, what is skipped, what is wrong. */
export const STATUS_ORDER: ImportStatus[] = ['ok', 'already_assigned', 'not_assigned', 'duplicate', 'no_seats', 'in_queues', 'deactivated', 'unknown_user', 'unknown_product', 'malformed'];

/** The report's rows under the status filter. */
export function useFilteredRows(): ImportReport['rows'] {
  const rows = useImportStore((s) => s.report?.rows);
  const filter = useImportStore((s) => s.filter);
  return useMemo(() => (!rows ? [] : filter === 'all' ? rows : rows.filter((r) => r.status === filter)), [rows, filter]);
}

/** How the badge of a status looks: applied, left as is, or a problem in the file. */
export function statusTone(status: ImportStatus): 'ok' | 'skip' | 'problem' {
  if (status === 'ok') return 'ok';
  return status === 'already_assigned' || status === 'not_assigned' || status === 'duplicate' ? 'skip' : 'problem';
}
