import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../components/errors.ts';
import { statusTone } from './selectors.ts';
import type { ImportReport } from './store.ts';

type Row = ImportReport['rows'][number];

/** Line, the cells as the file had them, the status and what happens; each sorts. */
export function useReportColumns(): ColumnDef<Row>[] {
  const { t } = useTranslation();
  const text = useErrorText();
  return useMemo<ColumnDef<Row>[]>(
    () => [
      { id: 'line', header: t('imports.ui.columns.line'), accessorKey: 'line' },
      { id: 'email', header: t('imports.ui.columns.email'), accessorKey: 'email' },
      { id: 'product', header: t('imports.ui.columns.product'), accessorKey: 'product' },
      { id: 'action', header: t('imports.ui.columns.action'), accessorKey: 'action' },
      { id: 'features', header: t('imports.ui.columns.features'), accessorKey: 'features' },
      {
        id: 'status',
        header: t('imports.ui.columns.status'),
        accessorFn: (row) => t(`imports.status.${row.status}`),
        cell: ({ row, getValue }) => <span className={`badge tone-${statusTone(row.original.status)}`}>{getValue<string>()}</span>,
      },
      { id: 'message', header: t('imports.ui.columns.message'), accessorFn: (row) => text(row) ?? row.message },
    ],
    // text depends only on t.
    [t],
  );
}
