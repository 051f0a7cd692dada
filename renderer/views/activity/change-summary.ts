/** One line for the table and a user's history: "Phone: — → +33 1 23 45 67 89; Language: English → Français". */
import { NONE } from '../../app/audit-value.ts';
import { diffRows } from './change-diff.ts';
import type { AuditRow } from './store.ts';
import type { AuditLabels } from './use-audit-labels.ts';

const MAX_PARTS = 4;

export function changeSummary(entry: Pick<AuditRow, 'before' | 'after'>, labels: Pick<AuditLabels, 'field' | 'value'>): string {
  const changed = diffRows(entry.before, entry.after).filter((row) => row.changed);
  const parts = changed.slice(0, MAX_PARTS).map((row) => {
    const name = labels.field(row.field);
    // A creation reads as what was set; anything else as what it was and what it became.
    return entry.before === null ? `${name}: ${labels.value(row.after)}` : `${name}: ${labels.value(row.before)} → ${labels.value(row.after)}`;
  });
  if (changed.length > MAX_PARTS) parts.push('…');
  return parts.join('; ') || NONE;
}
