/**
 * The Add members pickers (groups, queues): the candidates sorted once when the list or the group
 * changes, and on each keystroke only filtered in that order. Sorting 10k names with `localeCompare`
 * on every keystroke made typing in the filter slow; one `Intl.Collator` (the same default-locale
 * order `localeCompare` gives) compares them once, and filtering a sorted list keeps its order.
 */
import type { UserRow } from '../../app/users-store.ts';

/** The default locale's order, as `a.localeCompare(b)` gives it, built once. */
const collator = new Intl.Collator();

/** The candidates in the picker's order: `first` (when given) puts those it marks true first, then by `key`. */
export function sortCandidates<P>(people: readonly P[], key: (p: P) => string, first?: (p: P) => boolean): P[] {
  const keyed = people.map((p) => ({ p, key: key(p), first: first ? first(p) : false }));
  keyed.sort((a, b) => Number(b.first) - Number(a.first) || collator.compare(a.key, b.key));
  return keyed.map((k) => k.p);
}

/** The sorted candidates whose name or email contains the query (case-insensitive), at most `limit`. */
export function filterCandidates<P extends Pick<UserRow, 'firstName' | 'lastName' | 'email'>>(sorted: readonly P[], query: string, limit: number, name: (p: P) => string): P[] {
  const q = query.trim().toLocaleLowerCase();
  const out: P[] = [];
  for (const p of sorted) {
    if (q && !`${name(p)} ${p.email}`.toLocaleLowerCase().includes(q)) continue;
    if (out.push(p) >= limit) break;
  }
  return out;
}
