/**
 * An entry's before/after as the viewer gets them: typed values of the fields its record type lists.
 * Entries stored before values were typed are migrated here, on read, by the same list; a value that
 * fits no kind is shown as plain text or left out — never as raw minor units or an object.
 */
import type { Tables } from '../model/changes.ts';
import type { AuditEntry } from '../model/records.ts';
import { auditValueSchema, type AuditScalar, type AuditValue, type AuditValues } from '../schemas/audit-value.ts';
import { fits } from './record.ts';
import { fieldsOf, type FieldSpec } from './record-types.ts';
import { count, enumOf, expiry, flag, instant, money, nameOf, productsValue, ref, text } from './values.ts';

type Context = { tables: Tables; currency: string };
type Held = Parameters<typeof productsValue>[0][number];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A reference stored as a bare string: an id that names a record, else (invoices, custom roles) the name itself. */
function legacyRef(c: Context, type: Parameters<typeof nameOf>[1], raw: unknown): AuditValue | undefined {
  if (isRecord(raw) && typeof raw.userId === 'string') {
    const place = raw.role === 'supervisor' ? { as: 'supervisor' as const } : raw.role === 'agent' ? { as: 'agent' as const } : {};
    return { kind: 'ref', ref: 'user', id: raw.userId, name: nameOf(c.tables, 'user', raw.userId), ...place };
  }
  if (typeof raw !== 'string') return undefined;
  const name = nameOf(c.tables, type, raw);
  if (name) return ref(type, raw, name);
  if (type === 'invoice') {
    const invoice = [...c.tables.invoices.values()].find((i) => i.number === raw);
    return ref('invoice', invoice?.id ?? '', raw);
  }
  // A user, product, plan or queue that is gone: its id is no name to show.
  return type === 'role' ? ref('role', '', raw) : ref(type, raw, '');
}

function legacyScalar(c: Context, spec: FieldSpec, raw: unknown): AuditValue | undefined {
  const [kind, of = ''] = spec.split(':') as [string, string?];
  switch (kind) {
    case 'money':
      return typeof raw === 'number' && Number.isInteger(raw) ? money(raw, c.currency) : undefined;
    case 'instant':
      return typeof raw === 'string' && !Number.isNaN(Date.parse(raw)) ? instant(raw) : undefined;
    case 'number':
      return typeof raw === 'number' ? count(raw) : undefined;
    case 'flag':
      return typeof raw === 'boolean' ? flag(raw) : undefined;
    case 'enum':
      return typeof raw === 'string' ? enumOf(of as Extract<AuditValue, { kind: 'enum' }>['of'], raw) : undefined;
    case 'ref':
      return legacyRef(c, of as Parameters<typeof nameOf>[1], raw);
    case 'products':
      return Array.isArray(raw) && raw.every((p) => typeof p === 'string' || (isRecord(p) && typeof p.productId === 'string')) ? productsValue(raw as Held[]) : undefined;
    case 'text':
      return typeof raw === 'string' ? text(raw) : isRecord(raw) ? text(Object.values(raw).filter((v) => typeof v === 'string' && v).join(', ')) : undefined;
    default:
      return undefined;
  }
}

function legacy(c: Context, spec: FieldSpec, raw: unknown): AuditValue | null | undefined {
  if (raw === null || raw === undefined || raw === '') return null;
  if (spec.startsWith('list:')) {
    if (!Array.isArray(raw)) return undefined;
    const items = raw.map((item) => legacyScalar(c, spec.slice(5) as FieldSpec, item)).filter((v): v is AuditScalar => v !== undefined && v.kind !== 'list');
    return { kind: 'list', items };
  }
  return legacyScalar(c, spec, raw) ?? (typeof raw === 'string' ? text(raw) : undefined);
}

/** The listed fields of one side, typed; a card's old expMonth/expYear read as one expiry. */
export function readValues(c: Context, targetType: string, raw: Record<string, unknown> | null): AuditValues | null {
  if (!raw) return null;
  const out: AuditValues = {};
  for (const [key, spec] of Object.entries(fieldsOf(targetType))) {
    if (!(key in raw)) continue;
    const stored = auditValueSchema.safeParse(raw[key]);
    const value = stored.success ? (fits(spec, stored.data) ? stored.data : undefined) : legacy(c, spec, raw[key]);
    if (value !== undefined) out[key] = value;
  }
  if (targetType === 'card' && !('expiry' in out) && typeof raw.expMonth === 'number' && typeof raw.expYear === 'number' && raw.expMonth >= 1 && raw.expMonth <= 12) {
    out.expiry = expiry(raw.expMonth, raw.expYear);
  }
  return out;
}

/** Both sides of an entry, typed for the viewer. */
export function readEntry(tables: Tables, entry: AuditEntry): { before: AuditValues | null; after: AuditValues | null } {
  const c = { tables, currency: tables.account.get('account')?.currency ?? 'EUR' };
  return { before: readValues(c, entry.targetType, entry.before), after: readValues(c, entry.targetType, entry.after) };
}
