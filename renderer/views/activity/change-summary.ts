/** One line for the table: "Phone: — → +33 1 23 45 67 89; Language: English → Français". */
import { diffRows } from './change-diff.ts';
import type { AuditRow } from './store.ts';
import { NONE, type AuditLabels } from './use-audit-labels.ts';

const MAX_PARTS = 4;

export function changeSummary(entry: Pick<AuditRow, 'before' | 'after' | 'refs'>, labels: AuditLabels): string {
  const changed = diffRows(entry.before, entry.after).filter((row) => row.changed);
  const parts = changed.slice(0, MAX_PARTS).map((row) => {
    const name = labels.path(row.path, entry.refs);
    const before = labels.value(row.field, row.before, entry.refs);
    const after = labels.value(row.field, row.after, entry.refs);
    // A creation reads as what was set; anything else as what it was and what it became.
    return entry.before === null ? `${name}: ${after}` : `${name}: ${before} → ${after}`;
  });
  if (changed.length > MAX_PARTS) parts.push('…');
  return parts.join('; ') || NONE;
}
