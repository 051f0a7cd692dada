/**
 * The audit entries on screen as CSV: one line per recorded field, its values formatted as the table
 * shows them (the one audit-value formatter), so a spreadsheet reads "€294.20", not 29420.
 */
import { writeCsv } from '../../../core/csv/write.ts';
import type { AuditValue } from '../../app/audit-value.ts';
import { diffRows } from './change-diff.ts';
import type { AuditRow } from './store.ts';

export interface AuditCsvLabels {
  headers: { when: string; who: string; action: string; target: string; field: string; before: string; after: string };
  when(iso: string): string;
  actor(row: AuditRow): string;
  action(action: string): string;
  targetType(type: string): string;
  field(key: string): string;
  value(value: AuditValue | null): string;
}

export function auditCsv(rows: Iterable<AuditRow>, labels: AuditCsvLabels): string {
  const h = labels.headers;
  const data: string[][] = [];
  for (const row of rows) {
    const head = [labels.when(row.at), labels.actor(row), labels.action(row.action), `${labels.targetType(row.targetType)}: ${row.targetLabel}`];
    const fields = diffRows(row.before, row.after);
    if (!fields.length) data.push([...head, '', '', '']);
    for (const f of fields) data.push([...head, labels.field(f.field), row.before === null ? '' : labels.value(f.before), row.after === null ? '' : labels.value(f.after)]);
  }
  return writeCsv([h.when, h.who, h.action, h.target, h.field, h.before, h.after], data);
}
