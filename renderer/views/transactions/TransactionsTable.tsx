import { getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../app/session-store.ts';
import type { Transaction } from './store.ts';
import { NUMERIC_COLUMNS, useColumns } from './use-columns.tsx';
import { VirtualTable } from '../../components/VirtualTable.tsx';

const numericClass = (id: string) => (NUMERIC_COLUMNS.has(id) ? 'num' : undefined);

/** The filtered transactions, newest first by default, virtualized so thousands of rows stay smooth. */
export function TransactionsTable({ rows: data }: { rows: Transaction[] }) {
  const { t } = useTranslation();
  const go = useSessionStore((s) => s.go);
  const columns = useColumns();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'date', desc: true }]);
  const table = useReactTable({
    data,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  const open = (row: Transaction) => go('invoice', row.invoiceId);

  return (
    <VirtualTable
      table={table}
      label={t('ui.transactions.tableLabel')}
      wrapClassName="tx-table"
      wrapStyle={{ maxHeight: 'calc(100vh - 300px)' }}
      columnClass={numericClass}
      rowProps={(row) => ({ title: t('ui.transactions.openInvoice', { number: row.original.number }), onClick: () => open(row.original) })}
    />
  );
}
