/**
 * People's columns as the admin arranges them: which are shown, in which order, how wide. The state
 * is react-table's own (column visibility, order and sizing); this file holds the columns' bounds and
 * the few pure steps the chooser and the table need around it.
 */
import type { ColumnOrderState, ColumnSizingState, VisibilityState } from '@tanstack/react-table';

/** The columns the admin arranges; the tick box stays first and the menu last. */
export const ARRANGEABLE = ['name', 'email', 'role', 'billing', 'products', 'lastChange'] as const;
export type ColumnId = (typeof ARRANGEABLE)[number];
export const isColumnId = (id: string): id is ColumnId => (ARRANGEABLE as readonly string[]).includes(id);

/** The one column that cannot be hidden: it names the user. */
export const ALWAYS_SHOWN: ColumnId = 'name';

/**
 * Widths in px: the default, and the bounds a resize stays within. The minimums are what a column's
 * content needs to be read (a date, "Yes", an email's name part, a few letters of a name before the
 * ellipsis). At 1024 px the last change steps aside (STEP_ASIDE), so the role and products columns get
 * the room to read whole; beside the side panel, name, role and products still fit; at 1280 px, every
 * column.
 */
export const WIDTHS: Record<ColumnId, { size: number; min: number; max: number }> = {
  name: { size: 200, min: 112, max: 480 },
  email: { size: 200, min: 150, max: 480 },
  role: { size: 130, min: 70, max: 320 },
  billing: { size: 100, min: 84, max: 240 },
  products: { size: 140, min: 100, max: 400 },
  lastChange: { size: 120, min: 112, max: 200 },
};
/** The tick box's and the menu's columns. */
export const FIXED_WIDTHS = { select: 48, menu: 56 } as const;
/** A keyboard resize step (arrow keys); Shift+arrow moves five steps. */
export const RESIZE_STEP = 10;

export interface ColumnsState {
  columnOrder: ColumnOrderState;
  columnVisibility: VisibilityState;
  columnSizing: ColumnSizingState;
}

export const defaultColumns = (): ColumnsState => ({
  columnOrder: ['select', ...ARRANGEABLE, 'menu'],
  columnVisibility: {},
  columnSizing: {},
});

/** The arrangeable columns in their display order (the order may lack newer columns: they go last). */
export function arrangedOrder(order: ColumnOrderState): ColumnId[] {
  const known = order.filter(isColumnId);
  return [...known, ...ARRANGEABLE.filter((id) => !known.includes(id))];
}

export const clampWidth = (id: ColumnId, width: number) => Math.round(Math.min(WIDTHS[id].max, Math.max(WIDTHS[id].min, width)));

/** The order with one column moved one place left (-1) or right (+1) among the arrangeable ones. */
export function moved(order: ColumnOrderState, id: ColumnId, delta: -1 | 1): ColumnOrderState {
  const list = arrangedOrder(order);
  const from = list.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= list.length) return ['select', ...list, 'menu'];
  [list[from], list[to]] = [list[to]!, list[from]!];
  return ['select', ...list, 'menu'];
}

export const isShown = (visibility: VisibilityState, id: ColumnId) => id === ALWAYS_SHOWN || visibility[id] !== false;

/** Least needed first: what steps aside when the box cannot hold every shown column at its minimum. */
const STEP_ASIDE: readonly ColumnId[] = ['lastChange', 'billing', 'email', 'products', 'role'];
/** With the side panel open, these step aside: the panel shows them. */
const PANEL_SHOWS: readonly ColumnId[] = ['email', 'billing', 'lastChange'];

/**
 * The shown columns' widths in px, fitted to the box: the admin's widths scaled to fill it, none
 * below its minimum (then the others give more); if even the minimums do not fit, the least needed
 * columns step aside (hidden here, still chosen). Whole pixels, never more than `available` in all.
 */
export function fitColumns(shown: readonly ColumnId[], sizing: ColumnSizingState, available: number, panelOpen: boolean): Map<ColumnId, number> {
  let ids = shown.filter((id) => !(panelOpen && PANEL_SHOWS.includes(id)));
  const free = available - FIXED_WIDTHS.select - FIXED_WIDTHS.menu;
  const minimum = (list: readonly ColumnId[]) => list.reduce((sum, id) => sum + WIDTHS[id].min, 0);
  for (const id of STEP_ASIDE) if (minimum(ids) > free && ids.length > 1) ids = ids.filter((c) => c !== id);
  const want = new Map(ids.map((id) => [id, clampWidth(id, sizing[id] ?? WIDTHS[id].size)]));
  const out = new Map<ColumnId, number>();
  let flex = [...ids];
  let room = free;
  for (;;) {
    const total = flex.reduce((sum, id) => sum + want.get(id)!, 0);
    const scale = total > 0 ? room / total : 1;
    const pinned = flex.filter((id) => want.get(id)! * scale < WIDTHS[id].min);
    if (pinned.length === 0 || pinned.length === flex.length) {
      for (const id of flex) out.set(id, Math.max(WIDTHS[id].min, Math.floor(want.get(id)! * scale)));
      break;
    }
    for (const id of pinned) {
      out.set(id, WIDTHS[id].min);
      room -= WIDTHS[id].min;
    }
    flex = flex.filter((id) => !pinned.includes(id));
  }
  // Kept in display order.
  return new Map(ids.map((id) => [id, out.get(id)!]));
}
