import { getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format.ts';
import { useLanguage, useTimeZone } from '../../app/selectors.ts';
import { VirtualTable } from '../../components/VirtualTable.tsx';
import { useSignInsStore } from './sign-ins-store.ts';
import { useSignInLabels, type SignInRow } from './use-sign-in-labels.ts';
import { useLoadMore } from './use-load-more.ts';

/** The columns whose text may be cut at 1024 px: each cell's value is the whole text its title gives. */
const TITLED = new Set(['user', 'method', 'reason']);
const titleOf = (value: unknown, columnId: string) => (TITLED.has(columnId) && typeof value === 'string' ? value : undefined);

/** When, who (name, or the email typed when nobody has it), how, the outcome as a badge, and why. */
function useSignInColumns(): ColumnDef<SignInRow>[] {
  const { t } = useTranslation();
  const language = useLanguage();
  const timeZone = useTimeZone();
  const labels = useSignInLabels();
  return useMemo<ColumnDef<SignInRow>[]>(
    () => [
      { id: 'sent', header: () => t('signins.ui.when'), accessorFn: (row) => formatDateTime(row.at, language, timeZone) },
      {
        id: 'user',
        header: () => t('signins.ui.user'),
        // The value is the cell's title: the name with the email typed, or the email nobody has.
        accessorFn: (row) => (row.user ? `${row.user.name} — ${row.email}` : `${row.email} — ${t('signins.ui.unknownUser')}`),
        // An email nobody has: the reason says so (unknown_user).
        cell: ({ row: { original } }) => (original.user ? original.user.name : <span className="muted">{original.email}</span>),
      },
      { id: 'method', header: () => t('signins.ui.method'), accessorFn: (row) => labels.method(row.method) },
      {
        id: 'outcome',
        header: () => t('signins.ui.outcome'),
        accessorFn: (row) => labels.outcome(row.outcome),
        cell: ({ row: { original } }) => <span className={`badge signin-${original.outcome}`}>{labels.outcome(original.outcome)}</span>,
      },
      { id: 'reason', header: () => t('signins.ui.reason'), accessorFn: (row) => labels.reason(row.reason) },
    ],
    // The label functions are rebuilt each render but depend only on the language.
    [t, language, timeZone],
  );
}

/** The matching attempts, newest first, virtualized and loaded page by page like the audit log. */
export function SignInTable() {
  const { t } = useTranslation();
  const log = useSignInsStore((s) => s.log);
  const loadMore = useSignInsStore((s) => s.loadMore);
  const columns = useSignInColumns();
  const table = useReactTable({ data: log.rows, columns, getCoreRowModel: getCoreRowModel(), getRowId: (row) => row.id });
  const [lastIndex, setLastIndex] = useState(0);
  useLoadMore(lastIndex, log.rows.length, log.next !== null, loadMore);

  return (
    <VirtualTable table={table} label={t('signins.ui.tab')} wrapClassName="activity-table" className="signin-table" totalRows={log.total} sortable={false} cellTitle={titleOf} onRangeEnd={setLastIndex}>
      {log.loading && log.rows.length > 0 && <p className="muted table-note">{t('ui.activity.loadingMore')}</p>}
    </VirtualTable>
  );
}
