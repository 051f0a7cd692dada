/**
 * Filter and sort for thousands of transactions within a frame: each row's day, search text and sort
 * keys are computed once per list (and language and time zone), not per keystroke; a column's order is
 * computed once and reused, so a filter or a sort click is one linear pass over precomputed arrays. The
 * table library only sees the rows on screen (as the People table does, people/user-index.ts).
 * The running balance is the core's, on the date order: sorting or filtering never changes it.
 */
import { inPeriod, parseAmount } from './days-and-amounts.ts';
import type { Filters, Transaction } from './store.ts';

export const TX_SORT_COLUMNS = ['date', 'type', 'number', 'detail', 'status', 'amount', 'balance'] as const;
export type TxSortColumn = (typeof TX_SORT_COLUMNS)[number];
export interface TxSort {
  column: TxSortColumn;
  desc: boolean;
}

export interface TxLabels {
  type(type: Transaction['type']): string;
  status(status: Transaction['status']): string;
  detail(row: Transaction): string;
}

export interface TxIndex {
  rows: readonly Transaction[];
  /** Each row's day (YYYY-MM-DD) in the user's time zone. */
  days: readonly string[];
  /** Each row's number, lower case. */
  search: readonly string[];
  keys: Record<TxSortColumn, readonly (string | number)[]>;
  /** Each column's ascending order (row positions), computed on first use. */
  orders: Map<TxSortColumn, Uint32Array>;
}

export function buildTxIndex(rows: readonly Transaction[], labels: TxLabels, dayOf: (iso: string) => string): TxIndex {
  const n = rows.length;
  const days = new Array<string>(n);
  const search = new Array<string>(n);
  const keys = Object.fromEntries(TX_SORT_COLUMNS.map((c) => [c, new Array<string | number>(n)])) as Record<TxSortColumn, (string | number)[]>;
  const typeKey = new Map<string, string>();
  const statusKey = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    days[i] = dayOf(row.at);
    search[i] = row.number.toLowerCase();
    // The core lists rows oldest first (same-instant rows in its order): the date order is the list's.
    keys.date[i] = i;
    keys.type[i] = typeKey.get(row.type) ?? typeKey.set(row.type, labels.type(row.type).toLowerCase()).get(row.type)!;
    keys.number[i] = row.number;
    keys.detail[i] = labels.detail(row).toLowerCase();
    keys.status[i] = statusKey.get(row.status) ?? statusKey.set(row.status, labels.status(row.status).toLowerCase()).get(row.status)!;
    keys.amount[i] = row.amount;
    keys.balance[i] = row.balanceAfter;
  }
  return { rows, days, search, keys, orders: new Map() };
}

/** Row positions by one column, ascending; ties keep the date order. */
export function txOrder(index: TxIndex, column: TxSortColumn): Uint32Array {
  let order = index.orders.get(column);
  if (!order) {
    const key = index.keys[column];
    const positions = Array.from({ length: key.length }, (_, i) => i);
    if (column !== 'date') positions.sort((a, b) => (key[a]! < key[b]! ? -1 : key[a]! > key[b]! ? 1 : a - b));
    order = Uint32Array.from(positions);
    index.orders.set(column, order);
  }
  return order;
}

function matches(index: TxIndex, i: number, filters: Filters, query: string, amount: number | null): boolean {
  const row = index.rows[i]!;
  if (filters.types.length > 0 && !filters.types.includes(row.type)) return false;
  if (filters.status && row.status !== filters.status) return false;
  if ((filters.from || filters.to) && !inPeriod(index.days[i]!, filters.from, filters.to)) return false;
  if (!query || index.search[i]!.includes(query)) return true;
  if (amount === null) return false;
  // A failed attempt is found by what it tried to charge, though its amount (money moved) is zero.
  return amount < 0 ? row.amount === amount : Math.abs(row.amount) === amount || row.attempted === amount;
}

/** The rows the filters keep, in the chosen order: positions into `index.rows`. */
export function visibleTx(index: TxIndex, filters: Filters, sort: TxSort): Uint32Array {
  const query = filters.query.trim().toLowerCase();
  const amount = parseAmount(query);
  const n = index.rows.length;
  const shown = new Uint8Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (matches(index, i, filters, query, amount)) {
      shown[i] = 1;
      count++;
    }
  }
  const out = new Uint32Array(count);
  const order = txOrder(index, sort.column);
  let k = 0;
  for (let j = 0; j < n; j++) {
    const i = order[sort.desc ? n - 1 - j : j]!;
    if (shown[i]) out[k++] = i;
  }
  return out;
}
