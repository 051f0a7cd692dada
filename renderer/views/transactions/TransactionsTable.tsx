import { flexRender, getCoreRowModel, useReactTable, type SortingState, type Updater } from '@tanstack/react-table';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../app/session-store.ts';
import { SortableHeader } from '../../components/SortableHeader.tsx';
import { useVirtualRows } from '../../components/use-virtual-rows.ts';
import { useLoadMore } from '../activity/use-load-more.ts';
import { useTransactionsStore, type Transaction } from './store.ts';
import type { TxSortColumn } from '../../../core/contract.ts';
import { NUMERIC_COLUMNS, useColumns } from './use-columns.tsx';

const cellClass = (id: string) => (NUMERIC_COLUMNS.has(id) ? `num col-${id}` : `col-${id}`);

/**
 * The page(s) of transactions the core answered for the filters and order (newest first by default),
 * virtualized; the next page is asked for as the rows drawn near the end of those loaded. react-table
 * renders the headers and only the rows on screen, with manual sorting (the core sorts).
 */
export const TransactionsTable = memo(function TransactionsTable() {
  const { t } = useTranslation();
  const go = useSessionStore((s) => s.go);
  const sort = useTransactionsStore((s) => s.sort);
  const setSort = useTransactionsStore((s) => s.setSort);
  const loaded = useTransactionsStore((s) => s.rows);
  const matching = useTransactionsStore((s) => s.matching);
  const loadMore = useTransactionsStore((s) => s.loadMore);
  const { scrollRef, items, padTop, padBottom } = useVirtualRows(loaded.length, 6);
  useLoadMore(items[items.length - 1]?.index ?? 0, loaded.length, loaded.length < matching, loadMore);
  const onScreen = useMemo(() => items.map((item) => loaded[item.index]!), [items, loaded]);
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
      <table className="table" aria-label={t('ui.transactions.tableLabel')} aria-rowcount={matching + 1}>
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
