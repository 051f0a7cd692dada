import { flexRender, getCoreRowModel, useReactTable, type SortingState, type Updater } from '@tanstack/react-table';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../app/session-store.ts';
import { SortableHeader } from '../../components/SortableHeader.tsx';
import { useVirtualRows } from '../../components/use-virtual-rows.ts';
import type { VisibleTx } from './selectors.ts';
import { useTransactionsStore, type Transaction } from './store.ts';
import type { TxSortColumn } from './tx-index.ts';
import { NUMERIC_COLUMNS, useColumns } from './use-columns.tsx';

const cellClass = (id: string) => (NUMERIC_COLUMNS.has(id) ? `num col-${id}` : `col-${id}`);

/**
 * The filtered transactions, newest first by default, virtualized. Filtering and sorting run on the
 * precomputed index (tx-index.ts); react-table renders the headers and only the rows on screen, with
 * manual sorting, so no row model is built over the whole list. Memoized: renders that change neither
 * the rows shown nor the order skip it.
 */
export const TransactionsTable = memo(function TransactionsTable({ visible }: { visible: VisibleTx }) {
  const { t } = useTranslation();
  const go = useSessionStore((s) => s.go);
  const sort = useTransactionsStore((s) => s.sort);
  const setSort = useTransactionsStore((s) => s.setSort);
  const { index, positions } = visible;
  const { scrollRef, items, padTop, padBottom } = useVirtualRows(positions.length, 6);
  const onScreen = useMemo(() => items.map((item) => index.rows[positions[item.index]!]!), [items, positions, index]);
  const sorting: SortingState = [{ id: sort.column, desc: sort.desc }];
  const onSortingChange = (updater: Updater<SortingState>) => {
    const next = (typeof updater === 'function' ? updater(sorting) : updater)[0];
    if (next) setSort({ column: next.id as TxSortColumn, desc: next.desc });
  };
  const table = useReactTable({
    data: onScreen,
    columns: useColumns(),
    state: { sorting },
    onSortingChange,
    manualSorting: true,
    sortDescFirst: false,
    enableSortingRemoval: false,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
  });
  const rows = table.getRowModel().rows;
  const open = (row: Transaction) => row.invoiceId && go('invoice', row.invoiceId);

  return (
    <div className="table-wrap tx-table" ref={scrollRef} style={{ maxHeight: 'calc(100vh - 300px)' }}>
      <table className="table" aria-label={t('ui.transactions.tableLabel')} aria-rowcount={positions.length + 1}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <SortableHeader key={header.id} header={header} className={cellClass(header.id)} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 && <tr style={{ height: padTop }} aria-hidden="true" />}
          {rows.map((row, i) => (
            <tr key={row.id} aria-rowindex={items[i]!.index + 2} className={`tx-${row.original.type}`} title={t('ui.transactions.openInvoice', { number: row.original.number })} onClick={() => open(row.original)}>
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} className={cellClass(cell.column.id)}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
          {padBottom > 0 && <tr style={{ height: padBottom }} aria-hidden="true" />}
        </tbody>
      </table>
    </div>
  );
});
