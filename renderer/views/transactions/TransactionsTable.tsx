import { flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../app/session-store.ts';
import type { Transaction } from './store.ts';
import { NUMERIC_COLUMNS, useColumns } from './use-columns.tsx';
import { SortableHeader } from '../../components/SortableHeader.tsx';
import { useVirtualRows } from '../../components/use-virtual-rows.ts';


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
  const rows = table.getRowModel().rows;
  const { scrollRef, items, padTop, padBottom } = useVirtualRows(rows.length, 12);
  const open = (row: Transaction) => go('invoice', row.invoiceId);

  return (
    <div className="table-wrap tx-table" ref={scrollRef} style={{ maxHeight: 'calc(100vh - 300px)' }}>
      <table className="table" aria-label={t('ui.transactions.tableLabel')} aria-rowcount={rows.length + 1}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <SortableHeader key={header.id} header={header} className={NUMERIC_COLUMNS.has(header.id) ? 'num' : undefined} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 && <tr style={{ height: padTop }} aria-hidden="true" />}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <tr
                key={row.id}
                aria-rowindex={item.index + 2}
                title={t('ui.transactions.openInvoice', { number: row.original.number })}
                onClick={() => open(row.original)}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={NUMERIC_COLUMNS.has(cell.column.id) ? 'num' : undefined}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
          {padBottom > 0 && <tr style={{ height: padBottom }} aria-hidden="true" />}
        </tbody>
      </table>
    </div>
  );
}
