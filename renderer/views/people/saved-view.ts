/**
 * A saved view to and from what People shows. A view saved weeks ago may name a custom role or a
 * product that no longer exists, or columns this version does not have: applying it keeps what is
 * still valid, drops the rest and says which filters were dropped (never a crash, never a filter that
 * silently matches nobody).
 */
import type { SavedViewState } from '../../../core/contract.ts';
import { arrangedOrder, clampWidth, isColumnId, isShown, WIDTHS, type ColumnId, type ColumnsState } from './columns.ts';
import type { Filters } from './store.ts';
import { SORT_COLUMNS, type SortColumn } from './user-index.ts';

export interface Sort {
  column: SortColumn;
  desc: boolean;
}

/** What exists today: the role filter's values (built-in roles, `custom:<id>`) and the products. */
export interface Known {
  roles: ReadonlySet<string>;
  productIds: ReadonlySet<string>;
}

export type Dropped = 'role' | 'product';

export interface Applied {
  filters: Filters;
  sort: Sort;
  columns: ColumnsState;
  dropped: Dropped[];
}

export function toSavedState(filters: Filters, sort: Sort, columns: ColumnsState): SavedViewState {
  return {
    filters: { ...filters },
    sort: { ...sort },
    columns: arrangedOrder(columns.columnOrder).map((id) => ({ id, visible: isShown(columns.columnVisibility, id), width: clampWidth(id, columns.columnSizing[id] ?? WIDTHS[id].size) })),
  };
}

const isSortColumn = (id: string): id is SortColumn => (SORT_COLUMNS as readonly string[]).includes(id);

export function fromSavedState(saved: SavedViewState, known: Known): Applied {
  const dropped: Dropped[] = [];
  const filters: Filters = { ...saved.filters };
  if (filters.role && !known.roles.has(filters.role)) {
    filters.role = '';
    dropped.push('role');
  }
  if (filters.productId && !known.productIds.has(filters.productId)) {
    filters.productId = '';
    dropped.push('product');
  }
  const sort: Sort = isSortColumn(saved.sort.column) ? { column: saved.sort.column, desc: saved.sort.desc } : { column: 'name', desc: false };
  const columns = saved.columns.filter((c): c is typeof c & { id: ColumnId } => isColumnId(c.id));
  const order = arrangedOrder(columns.map((c) => c.id));
  return {
    filters,
    sort,
    columns: {
      columnOrder: ['select', ...order, 'menu'],
      columnVisibility: Object.fromEntries(columns.filter((c) => !c.visible && c.id !== 'name').map((c) => [c.id, false])),
      columnSizing: Object.fromEntries(columns.map((c) => [c.id, clampWidth(c.id, c.width)])),
    },
    dropped,
  };
}
