/**
 * An audit entry's before/after values as rows a person reads: one row per recorded field, in the
 * order the core recorded them, each marked changed or not. The values stay typed; formatting is
 * the audit-value formatter's. Pure, so it is tested without a browser.
 */
import type { AuditValue } from '../../app/audit-value.ts';

export interface DiffRow {
  field: string;
  before: AuditValue | null;
  after: AuditValue | null;
  changed: boolean;
}

type Values = Record<string, AuditValue | null> | null;

export function diffRows(before: Values, after: Values): DiffRow[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys.map((field) => {
    const b = before?.[field] ?? null;
    const a = after?.[field] ?? null;
    return { field, before: b, after: a, changed: JSON.stringify(b) !== JSON.stringify(a) };
  });
}
