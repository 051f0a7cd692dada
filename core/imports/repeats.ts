/**
 * Rows naming the same user and product more than once. The same ask again is a `duplicate` of the
 * first (reported, applied once); asks that disagree (assign and remove, or other features) are all
 * malformed, since the file does not say which one it means.
 */
import { featuresKey } from './fields.ts';
import type { Candidate, Verdict } from './verdict.ts';

/** Lines named in a conflict's message; more are summed up as "…". */
const LINES_SHOWN = 5;

/** The candidates left to check, one per user and product, in file order; `verdicts` gets the others'. */
export function settleRepeats(candidates: readonly Candidate[], verdicts: (Verdict | undefined)[]): Candidate[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = `${c.user.id}\u0000${c.product.id}`;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  const ask = (x: Candidate) => `${x.action}:${featuresKey(x.features)}`;
  const survivors: Candidate[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    if (group.length === 1) {
      survivors.push(first);
      continue;
    }
    const firstAsk = ask(first);
    const agreed = group.every((x) => ask(x) === firstAsk);
    const lines = agreed ? '' : group.slice(0, LINES_SHOWN).map((x) => x.line).join(', ') + (group.length > LINES_SHOWN ? ', …' : '');
    for (const c of group) {
      if (!agreed) verdicts[c.index] = { status: 'malformed', key: 'imports.errors.conflict', params: { lines } };
      else if (c === first) survivors.push(c);
      else verdicts[c.index] = { status: 'duplicate', key: 'imports.errors.duplicate', params: { line: first.line } };
    }
  }
  return survivors.sort((a, b) => a.index - b.index);
}
