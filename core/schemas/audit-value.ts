/**
 * What an audit entry's before/after value is, said by the core where the change is made: the
 * renderer formats each kind in the viewer's language and zone and never guesses from a field's name.
 */
import { z } from 'zod';

/** What a reference points at; its name is resolved when the change is made (or read, for old entries). */
export const REF_TYPES = ['user', 'product', 'plan', 'queue', 'invoice', 'role', 'card', 'subscription'] as const;
/** The sets an enum value comes from, each translated by the renderer. */
export const ENUM_TYPES = ['status', 'role', 'language', 'permission', 'country', 'cardBrand', 'timeZone', 'cancelReason', 'paymentFailure', 'queueRole', 'requestState'] as const;

const money = z.object({ kind: z.literal('money'), amount: z.number().int(), currency: z.string().length(3) });
const instant = z.object({ kind: z.literal('instant'), at: z.string().max(40) });
/** A calendar day, YYYY-MM-DD, with no time zone. */
const date = z.object({ kind: z.literal('date'), date: z.string().max(10) });
/** A card's expiry: month 1–12 of a year. */
const expiry = z.object({ kind: z.literal('expiry'), month: z.number().int().min(1).max(12), year: z.number().int() });
const ref = z.object({
  kind: z.literal('ref'),
  ref: z.enum(REF_TYPES),
  id: z.string().max(64),
  /** Empty when the record is gone and its name was never recorded. */
  name: z.string().max(300),
  /** A queue member's place. */
  as: z.enum(['supervisor', 'agent']).optional(),
});
/** The products a user holds, each with the features switched on (feature keys, translated by the renderer). */
const products = z.object({
  kind: z.literal('products'),
  items: z.array(z.object({ id: z.string().max(64), name: z.string().max(200), features: z.array(z.string().max(64)) })),
});
const enumValue = z.object({ kind: z.literal('enum'), of: z.enum(ENUM_TYPES), value: z.string().max(100) });
const text = z.object({ kind: z.literal('text'), text: z.string().max(5000) });
const count = z.object({ kind: z.literal('number'), value: z.number() });
const flag = z.object({ kind: z.literal('flag'), value: z.boolean() });

const scalar = z.discriminatedUnion('kind', [money, instant, date, expiry, ref, products, enumValue, text, count, flag]);
const list = z.object({ kind: z.literal('list'), items: z.array(scalar) });

export const auditValueSchema = z.discriminatedUnion('kind', [money, instant, date, expiry, ref, products, enumValue, text, count, flag, list]);
export type AuditValue = z.infer<typeof auditValueSchema>;
export type AuditScalar = z.infer<typeof scalar>;
export type AuditKind = AuditValue['kind'];
export type RefType = (typeof REF_TYPES)[number];
export type EnumType = (typeof ENUM_TYPES)[number];

/** An entry's before or after: typed values by field name (only the fields its record type may show). */
export const auditValuesSchema = z.record(z.string(), auditValueSchema.nullable()).nullable();
/** Null for a field that had no value (shown as "—"). */
export type AuditValues = Record<string, AuditValue | null>;
