import { flexRender, type Row, type Table } from '@tanstack/react-table';
import { useEffect, type CSSProperties, type HTMLAttributes, type ReactNode } from 'react';
import { SortableHeader } from './SortableHeader.tsx';
import { useVirtualRows } from './use-virtual-rows.ts';

export interface VirtualTableProps<T> {
  table: Table<T>;
  label: string;
  /** The table's own classes ("table" is always there) and the scrolling wrapper's. */
  className?: string;
  wrapClassName?: string;
  wrapStyle?: CSSProperties;
  /** All rows for aria-rowcount when only some are loaded (paged lists); defaults to the rows shown. */
  totalRows?: number;
  /** A header or cell's class, by column id; defaults to `col-<id>`. */
  columnClass?: (columnId: string) => string | undefined;
  /** A cell's title (tooltip), when the text may be cut: from its value, and its column's id. */
  cellTitle?: (value: unknown, columnId: string) => string | undefined;
  /** Per-row attributes: selection, click and keyboard handlers, a title. */
  rowProps?: (row: Row<T>) => HTMLAttributes<HTMLTableRowElement> & { 'aria-selected'?: boolean };
  /** Told the index of the last row on screen (to load the next page as the end nears). */
  onRangeEnd?: (lastIndex: number) => void;
  /** Headers sort on click where the column can (default); false for lists kept in one order. */
  sortable?: boolean;
  /** Each row's height in px, as the table's CSS fixes it (41 by default: one line). */
  rowHeight?: number;
  empty?: ReactNode;
  children?: ReactNode;
}

const defaultClass = (id: string) => `col-${id}`;

/**
 * A react-table instance rendered as a virtualized <table>: sortable headers where the column sorts,
 * spacer rows above and below the rows on screen, aria-rowcount/rowindex for screen readers. The
 * transactions, audit, sign-in and import report tables share it.
 */
export function VirtualTable<T>({ table, label, className, wrapClassName, wrapStyle, totalRows, columnClass = defaultClass, cellTitle, rowProps, onRangeEnd, sortable = true, rowHeight, empty, children }: VirtualTableProps<T>) {
  const rows = table.getRowModel().rows;
  const { scrollRef, items, padTop, padBottom } = useVirtualRows(rows.length, 12, rowHeight);
  const lastIndex = items[items.length - 1]?.index ?? 0;
  useEffect(() => onRangeEnd?.(lastIndex), [lastIndex, onRangeEnd]);
  const columns = table.getVisibleLeafColumns().length;

  return (
    <div className={`table-wrap ${wrapClassName ?? ''}`} ref={scrollRef} style={wrapStyle}>
      <table className={`table ${className ?? ''}`} aria-label={label} aria-rowcount={(totalRows ?? rows.length) + 1}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) =>
                sortable && header.column.getCanSort() ? (
                  <SortableHeader key={header.id} header={header} className={columnClass(header.id)} />
                ) : (
                  <th key={header.id} className={columnClass(header.id)}>
                    {flexRender(header.column.columnDef.header, header.getContext())}
                  </th>
                ),
              )}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 && <tr style={{ height: padTop }} aria-hidden="true" />}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <tr key={row.id} aria-rowindex={item.index + 2} {...rowProps?.(row)}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={columnClass(cell.column.id)} title={cellTitle?.(cell.getValue(), cell.column.id)}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
          {padBottom > 0 && <tr style={{ height: padBottom }} aria-hidden="true" />}
          {rows.length === 0 && empty && (
            <tr>
              <td colSpan={columns} className="muted">
                {empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {children}
    </div>
  );
}
