/**
 * Builds the audit change every command writes: who, when, what, before and after — typed values, and
 * only the fields the record type lists (record-types.ts), so a secret nobody listed is never kept.
 */
import type { CommandContext } from '../app/handler.ts';
import { put, type Change } from '../model/changes.ts';
import type { AuditValue, AuditValues } from '../schemas/audit-value.ts';
import { fieldsOf, type FieldSpec } from './record-types.ts';

/** Whether a typed value is of the kind its field is listed with. */
export function fits(spec: FieldSpec, value: AuditValue): boolean {
  const [kind, of] = spec.startsWith('list:') ? ['list', spec.slice(5)] : [spec, ''];
  const head = kind.split(':')[0];
  if (value.kind !== head) return false;
  if (value.kind === 'ref') return `ref:${value.ref}` === kind;
  if (value.kind === 'enum') return `enum:${value.of}` === kind;
  if (value.kind === 'list') return value.items.every((item) => fits(of as FieldSpec, item));
  return true;
}

/** The listed fields only, each of its listed kind. */
export function allowed(targetType: string, values: AuditValues | null): AuditValues | null {
  if (!values) return null;
  const fields = fieldsOf(targetType);
  const out: AuditValues = {};
  for (const [key, value] of Object.entries(values)) {
    const spec = fields[key];
    if (spec && (value === null || fits(spec, value))) out[key] = value;
  }
  return out;
}

/** Keeps only the fields that differ, so the log reads as "what changed". */
export function diff(before: AuditValues, after: AuditValues): { before: AuditValues; after: AuditValues } {
  const b: AuditValues = {};
  const a: AuditValues = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) {
      b[key] = before[key] ?? null;
      a[key] = after[key] ?? null;
    }
  }
  return { before: b, after: a };
}

export function auditChange(
  ctx: CommandContext,
  action: string,
  target: { type: string; id: string },
  before: AuditValues | null,
  after: AuditValues | null,
): Change {
  const id = ctx.ports.ids.next('aud');
  return put('audit', id, {
    id,
    at: ctx.now.toISOString(),
    actorId: ctx.actor?.id ?? null,
    action,
    targetType: target.type,
    targetId: target.id,
    before: allowed(target.type, before),
    after: allowed(target.type, after),
  });
}
