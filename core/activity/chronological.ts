/**
 * The audit log and the outbox in time order, and pages through them newest first.
 *
 * Both tables are Maps in insertion order, which is time order as long as records are appended as
 * they happen; after a restart the partitions may load in any order, so the order is checked (one
 * pass) and, only when it is broken, a stable sorted copy is made and kept until the table changes.
 */
export interface Dated {
  id: string;
  at: string;
}

const sortedCopies = new WeakMap<object, { source: readonly Dated[]; ordered: readonly Dated[] }>();

function inOrder(items: readonly Dated[]): boolean {
  for (let i = 1; i < items.length; i++) if (items[i - 1]!.at > items[i]!.at) return false;
  return true;
}

function sameItems(a: readonly Dated[], b: readonly Dated[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Oldest first; records of the same instant keep their insertion order. */
export function chronological<T extends Dated>(table: ReadonlyMap<string, T>): readonly T[] {
  const items = Array.from(table.values());
  if (inOrder(items)) return items;
  const kept = sortedCopies.get(table);
  if (kept && sameItems(kept.source, items)) return kept.ordered as readonly T[];
  const ordered = items.slice().sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  sortedCopies.set(table, { source: items, ordered });
  return ordered;
}

/** The first index whose instant is at or after `at` (items oldest first). */
export function firstAtOrAfter(items: readonly Dated[], at: string): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A cursor names the last item of a page by its instant and id. */
export const cursorOf = (item: Dated): string => `${item.at}|${item.id}`;

/** Where a page that follows `cursor` starts: the index just past it, reading downwards. */
export function positionAfter(items: readonly Dated[], cursor: string): number {
  const bar = cursor.indexOf('|');
  if (bar < 0) return firstAtOrAfter(items, cursor);
  const at = cursor.slice(0, bar);
  const id = cursor.slice(bar + 1);
  const first = firstAtOrAfter(items, at);
  for (let i = first; i < items.length && items[i]!.at === at; i++) if (items[i]!.id === id) return i;
  return first;
}

export interface Span {
  /** Read from index `start - 1` down to `stop` (inclusive)… */
  start: number;
  stop: number;
  /** …and collect the page below this index (the cursor's position). */
  pageBelow: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  hasMore: boolean;
  nextCursor: string | null;
}

/**
 * One pass, newest first, over the span: counts every match and keeps the first `limit` of those
 * below the cursor.
 */
export function pageOf<T extends Dated>(items: readonly T[], span: Span, keep: (item: T) => boolean, limit: number): Page<T> {
  const page: T[] = [];
  let total = 0;
  let after = 0;
  for (let i = span.start - 1; i >= span.stop; i--) {
    const item = items[i]!;
    if (!keep(item)) continue;
    total++;
    if (i >= span.pageBelow) continue;
    if (page.length < limit) page.push(item);
    else after++;
  }
  const hasMore = after > 0;
  return { items: page, total, hasMore, nextCursor: hasMore ? cursorOf(page[page.length - 1]!) : null };
}

export interface SpanRange {
  /** Instants [fromAt, toAt). */
  fromAt?: string | undefined;
  toAt?: string | undefined;
  /** Only items strictly older than this instant. */
  before?: string | undefined;
  cursor?: string | undefined;
}

/** The span of a time range, narrowed by `before`, and where the page after the cursor begins. */
export function spanOf(items: readonly Dated[], range: SpanRange): Span {
  let start = range.toAt === undefined ? items.length : firstAtOrAfter(items, range.toAt);
  if (range.before !== undefined) start = Math.min(start, firstAtOrAfter(items, range.before));
  const stop = range.fromAt === undefined ? 0 : Math.min(start, firstAtOrAfter(items, range.fromAt));
  const pageBelow = range.cursor ? Math.min(start, positionAfter(items, range.cursor)) : start;
  return { start, stop, pageBelow };
}
