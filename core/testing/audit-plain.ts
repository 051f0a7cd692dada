/** Typed audit values in their plainest form, so that a test reads what changed at a glance. */
import type { AuditValue, AuditValues } from '../schemas/audit-value.ts';

export function plainValue(value: AuditValue | null): unknown {
  if (value === null) return null;
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'enum':
    case 'number':
    case 'flag':
      return value.value;
    case 'ref':
      return value.name;
    case 'instant':
      return value.at;
    case 'date':
      return value.date;
    case 'money':
      return `${value.amount} ${value.currency}`;
    case 'expiry':
      return `${value.month}/${value.year}`;
    case 'products':
      return value.items.map((p) => p.id);
    case 'list':
      return value.items.map(plainValue);
  }
}

export function plain(values: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!values) return null;
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, plainValue(v as AuditValue | null)]));
}

export type { AuditValues };
