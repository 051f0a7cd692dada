import { flexRender, type Header, type Table } from '@tanstack/react-table';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { clampWidth, RESIZE_STEP, WIDTHS, type ColumnId } from './columns.ts';
import type { UserRow } from './store.ts';

/**
 * A sortable, resizable header: the sort button (its text cut with an ellipsis and whole in its
 * title when the column is narrow) and, on the right edge, the resize handle.
 */
export function ColumnHeader({ header, table, label }: { header: Header<UserRow, unknown>; table: Table<UserRow>; label: string }) {
  const sorted = header.column.getIsSorted();
  return (
    <th className={`col-${header.id}`} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
      <button type="button" className="btn-link th-sort" title={label} onClick={header.column.getToggleSortingHandler()}>
        {flexRender(header.column.columnDef.header, header.getContext())}
        {sorted && <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : ' ▼'}</span>}
      </button>
      <ColumnResizer header={header} table={table} label={label} />
    </th>
  );
}

/**
 * The handle between two headers: drag it (react-table's resize handler), or focus it and use the
 * arrow keys (Shift for bigger steps, Home and End for the narrowest and widest). A focusable
 * separator with its value, as the ARIA window-splitter pattern has it. Its value is the width
 * the admin asked for; the table fits the columns to its box (columns.ts).
 */
function ColumnResizer({ header, table, label }: { header: Header<UserRow, unknown>; table: Table<UserRow>; label: string }) {
  const { t } = useTranslation();
  const id = header.id as ColumnId;
  const size = header.column.getSize();
  const onKeyDown = (e: KeyboardEvent) => {
    const step = (e.shiftKey ? 5 : 1) * RESIZE_STEP;
    const next = { ArrowRight: size + step, ArrowUp: size + step, ArrowLeft: size - step, ArrowDown: size - step, Home: WIDTHS[id].min, End: WIDTHS[id].max }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    table.setColumnSizing((old) => ({ ...old, [id]: clampWidth(id, next) }));
  };
  const resize = header.getResizeHandler();
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={t('people.ui.chooser.resize', { column: label })}
      aria-valuenow={size}
      aria-valuemin={WIDTHS[id].min}
      aria-valuemax={WIDTHS[id].max}
      aria-valuetext={t('people.ui.chooser.width', { width: size })}
      tabIndex={0}
      className={header.column.getIsResizing() ? 'col-resizer resizing' : 'col-resizer'}
      onMouseDown={resize}
      onTouchStart={resize}
      onClick={(e) => e.stopPropagation()}
      onDoubleClick={() => header.column.resetSize()}
      onKeyDown={onKeyDown}
    />
  );
}
