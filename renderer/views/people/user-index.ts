/**
 * Search and sort for 100k users within a frame (issue 8): each user's search text and sort keys are
 * folded (lower case, no accents) once per list, not per keystroke; a column's order is computed once
 * and then reused, so a sort click or a filter is one linear pass over precomputed arrays. The table
 * library only ever sees the rows on screen: its own sorted/filtered row models would rebuild row
 * objects for all 100k users on every change.
 */
import type { Filters, UserRow } from './store.ts';

export const SORT_COLUMNS = ['name', 'email', 'role', 'billing', 'products', 'lastChange'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export interface UserIndex {
  rows: readonly UserRow[];
  search: readonly string[];
  keys: Record<SortColumn, readonly string[]>;
  /** Each column's ascending order (row positions), computed on first use. */
  orders: Map<SortColumn, Uint32Array>;
}

export interface Labels {
  role(row: UserRow): string;
  product(productId: string): string;
}

const MARKS = /[\u0300-\u036f]/g;
const NOT_ASCII = /[^\x00-\x7f]/;
/** Lower case without accents; plain ASCII (most names and every email) skips the costly normalize. */
export const fold = (text: string) => (NOT_ASCII.test(text) ? text.normalize('NFD').replace(MARKS, '') : text).toLowerCase();

/** Memoizes a key function over the few distinct values a column holds (roles, product sets). */
function cached<K>(make: (key: K) => string): (key: K, id: string) => string {
  const seen = new Map<string, string>();
  return (key, id) => {
    let value = seen.get(id);
    if (value === undefined) seen.set(id, (value = make(key)));
    return value;
  };
}

export function buildIndex(rows: readonly UserRow[], labels: Labels): UserIndex {
  const n = rows.length;
  const search: string[] = new Array(n);
  const keys = Object.fromEntries(SORT_COLUMNS.map((c) => [c, new Array<string>(n)])) as Record<SortColumn, string[]>;
  const roleKey = cached((u: UserRow) => fold(labels.role(u)));
  const productsKey = cached((ids: string[]) => fold(ids.map(labels.product).join(', ')) || '\uffff');
  for (let i = 0; i < n; i++) {
    const u = rows[i]!;
    const first = fold(u.firstName);
    const last = fold(u.lastName);
    const email = u.email.toLowerCase();
    search[i] = `${first} ${last} ${email}`;
    keys.name[i] = `${last} ${first}`;
    keys.email[i] = email;
    keys.role[i] = roleKey(u, u.customRoleId ?? u.role);
    keys.billing[i] = u.billingContact ? '0' : '1';
    keys.products[i] = productsKey(u.products, u.products.join());
    keys.lastChange[i] = u.updatedAt;
  }
  return { rows, search, keys, orders: new Map() };
}

/** Row positions by one column, ascending; ties keep the list's order. */
export function orderOf(index: UserIndex, column: SortColumn): Uint32Array {
  let order = index.orders.get(column);
  if (!order) {
    const key = index.keys[column];
    const positions = Array.from({ length: key.length }, (_, i) => i);
    positions.sort((a, b) => (key[a]! < key[b]! ? -1 : key[a]! > key[b]! ? 1 : a - b));
    order = Uint32Array.from(positions);
    index.orders.set(column, order);
  }
  return order;
}

function matcher(filters: Filters): (u: UserRow) => boolean {
  const { role, productId, noLicence, status } = filters;
  const custom = role.startsWith('custom:') ? role.slice(7) : null;
  return (u) =>
    (!status || u.status === status) &&
    (!role || (custom ? u.customRoleId === custom : u.role === role && !u.customRoleId)) &&
    (noLicence ? u.products.length === 0 : !productId || u.products.includes(productId));
}

/** The rows the filters keep, in the chosen order: positions into `index.rows`. */
export function visibleRows(index: UserIndex, filters: Filters, sort: { column: SortColumn; desc: boolean } | null): Uint32Array {
  const q = fold(filters.query.trim());
  const keep = matcher(filters);
  const n = index.rows.length;
  const shown = new Uint8Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    if ((!q || index.search[i]!.includes(q)) && keep(index.rows[i]!)) {
      shown[i] = 1;
      count++;
    }
  }
  const out = new Uint32Array(count);
  const order = sort ? orderOf(index, sort.column) : null;
  let k = 0;
  for (let j = 0; j < n; j++) {
    const i = order ? order[sort!.desc ? n - 1 - j : j]! : j;
    if (shown[i]) out[k++] = i;
  }
  return out;
}
