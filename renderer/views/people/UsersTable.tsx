import { flexRender, getCoreRowModel, useReactTable, type ColumnSizingState, type SortingState, type Updater } from '@tanstack/react-table';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualRows } from '../../components/use-virtual-rows.ts';
import { ColumnHeader } from './ColumnHeader.tsx';
import { ARRANGEABLE, arrangedOrder, FIXED_WIDTHS, fitColumns, isColumnId, isShown } from './columns.ts';
import type { Visible } from './selectors.ts';
import { usePeopleStore } from './store.ts';
import { useBoxWidth } from './use-box-width.ts';
import { FIXED_COLUMNS, useColumnLabel, useUserColumns } from './use-user-columns.tsx';
import type { SortColumn } from './user-index.ts';

/**
 * Every user the filters keep, virtualized. Filtering and sorting run on the precomputed index
 * (user-index.ts); react-table renders the headers and only the rows on screen, with manual sorting,
 * so that no row model is ever built over the full list. The admin's columns (shown, order, widths)
 * are react-table's column state; the widths are fitted to the table's box so that no column is cut
 * off at the right edge (columns.ts). Memoized: a keystroke's urgent render (the
 * search box) skips the table; the deferred one brings the new rows.
 */
export const UsersTable = memo(function UsersTable({ visible }: { visible: Visible }) {
  const { t } = useTranslation();
  const selectedId = usePeopleStore((s) => s.selectedId);
  const select = usePeopleStore((s) => s.select);
  const sort = usePeopleStore((s) => s.sort);
  const setSort = usePeopleStore((s) => s.setSort);
  const { index, rows: positions } = visible;
  const columns = usePeopleStore((s) => s.columns);
  const setColumns = usePeopleStore((s) => s.setColumns);
  const label = useColumnLabel();
  const { scrollRef, items, padTop, padBottom } = useVirtualRows(positions.length, 10);
  const boxWidth = useBoxWidth(scrollRef);
  const shown = arrangedOrder(columns.columnOrder).filter((id) => isShown(columns.columnVisibility, id));
  // Before the first measure, the widths as asked (a layout effect measures before the first paint).
  const fitted = fitColumns(shown, columns.columnSizing, boxWidth || Number.MAX_SAFE_INTEGER, selectedId !== null);
  const columnVisibility = Object.fromEntries(ARRANGEABLE.map((id) => [id, fitted.has(id)]));
  const widthOf = (id: string) => (isColumnId(id) ? fitted.get(id)! : FIXED_WIDTHS[id as keyof typeof FIXED_WIDTHS]);
  const onColumnSizingChange = (updater: Updater<ColumnSizingState>) =>
    setColumns({ columnSizing: typeof updater === 'function' ? updater(usePeopleStore.getState().columns.columnSizing) : updater });
  const onScreen = useMemo(() => items.map((item) => index.rows[positions[item.index]!]!), [items, positions, index]);
  const sorting: SortingState = [{ id: sort.column, desc: sort.desc }];
  const onSortingChange = (updater: Updater<SortingState>) => {
    const next = (typeof updater === 'function' ? updater(sorting) : updater)[0];
    if (next) setSort({ column: next.id as SortColumn, desc: next.desc });
  };

  const table = useReactTable({
    data: onScreen,
    columns: useUserColumns(visible),
    state: { sorting, columnOrder: columns.columnOrder, columnVisibility, columnSizing: columns.columnSizing },
    onSortingChange,
    onColumnSizingChange,
    columnResizeMode: 'onChange',
    manualSorting: true,
    sortDescFirst: false,
    enableSortingRemoval: false,
    getRowId: (u) => u.id,
    getCoreRowModel: getCoreRowModel(),
  });
  const rows = table.getRowModel().rows;
  const leaves = table.getVisibleLeafColumns();
  const tableWidth = leaves.reduce((sum, column) => sum + widthOf(column.id), 0);

  return (
    <div className="table-wrap users-table" ref={scrollRef}>
      <table className="table" aria-label={t('ui.people.usersTable')} aria-rowcount={positions.length + 1} style={{ tableLayout: 'fixed', width: tableWidth }}>
        <colgroup>
          {leaves.map((column) => (
            <col key={column.id} style={{ width: widthOf(column.id) }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) =>
                FIXED_COLUMNS.has(header.id) ? (
                  <th key={header.id} className={`col-${header.id}`}>
                    {flexRender(header.column.columnDef.header, header.getContext())}
                  </th>
                ) : (
                  <ColumnHeader key={header.id} header={header} table={table} label={isColumnId(header.id) ? label(header.id) : header.id} />
                ),
              )}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 && <tr style={{ height: padTop }} aria-hidden="true" />}
          {rows.map((row, i) => (
            <tr
              key={row.id}
              aria-rowindex={items[i]!.index + 2}
              aria-selected={row.original.id === selectedId}
              className={row.original.status === 'deactivated' ? 'deactivated' : undefined}
              tabIndex={0}
              onClick={() => select(row.original.id)}
              onKeyDown={(e) => e.key === 'Enter' && e.target === e.currentTarget && select(row.original.id)}
            >
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} className={`col-${cell.column.id}`}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
          {padBottom > 0 && <tr style={{ height: padBottom }} aria-hidden="true" />}
        </tbody>
      </table>
      {positions.length === 0 && index.rows.length > 0 && <NoMatch />}
    </div>
  );
});

/** An empty search says so, and offers the way back. */
function NoMatch() {
  const { t } = useTranslation();
  const clearFilters = usePeopleStore((s) => s.clearFilters);
  return (
    <p className="empty-state" role="status">
      {t('people.ui.noMatch')}{' '}
      <button type="button" className="btn-link" onClick={clearFilters}>
        {t('people.ui.clearFilters')}
      </button>
    </p>
  );
}
