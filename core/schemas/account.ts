import { z } from 'zod';
import { idSchema, languageSchema } from './common.ts';

export const cardViewSchema = z.object({
  id: idSchema,
  brand: z.string(),
  last4: z.string(),
  expMonth: z.number().int(),
  expYear: z.number().int(),
  holder: z.string(),
  isDefault: z.boolean(),
});
export const cardsOutput = z.object({ cards: z.array(cardViewSchema) });

export const addCardInput = z.object({
  number: z.string().max(40),
  expMonth: z.number().int().min(0).max(99),
  expYear: z.number().int().min(0).max(9999),
  cvc: z.string().max(8),
  holder: z.string().max(200),
  postalCode: z.string().max(20).optional(),
  makeDefault: z.boolean().optional(),
});
export const cardIdInput = z.object({ id: idSchema });
/** What adding a card did: the card it is now (an existing one when the gateway knows the number). */
export const addCardOutput = cardsOutput.extend({ cardId: idSchema, alreadyOnFile: z.boolean() });
export const updateCardInput = z.object({
  id: idSchema,
  expMonth: z.number().int().min(0).max(99),
  expYear: z.number().int().min(0).max(9999),
  holder: z.string().max(200),
});
/** Which card pays: one on file, else the default card. */
export const payWithInput = z.object({ cardId: idSchema.optional() }).strict().optional();

const address = z.object({
  line1: z.string().max(200),
  line2: z.string().max(200).optional(),
  city: z.string().max(100),
  postalCode: z.string().max(20),
  region: z.string().max(100).optional(),
  country: z.string().max(2),
});

const taxKind = z.enum(['standard', 'reverse_charge', 'outside_eu']);

export const billingDetailsSchema = z.object({
  name: z.string(),
  billingAddress: address,
  vatNumber: z.string().nullable(),
  vatApplies: z.boolean(),
  taxKind,
  taxRateBasisPoints: z.number().int(),
  billingMode: z.enum(['self_service', 'offline', 'corporate']),
  status: z.enum(['active', 'past_due', 'cancelled']),
  creditBalance: z.number().int(),
  currency: z.enum(['EUR', 'USD']),
});
export const updateBillingInput = z.object({
  name: z.string().max(200),
  billingAddress: address,
  vatNumber: z.string().max(30).optional(),
  /** Saves even though the tax treatment changes (the changes were shown and accepted). */
  confirm: z.boolean().optional(),
});

const taxSide = z.object({ kind: taxKind, rateBasisPoints: z.number().int(), country: z.string() });
export const taxChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('vat_number_dropped'), vatNumber: z.string() }),
  z.object({ kind: z.literal('reverse_charge_lost') }),
  z.object({ kind: z.literal('reverse_charge_gained') }),
  z.object({ kind: z.literal('tax_changed'), from: taxSide, to: taxSide }),
]);
export type TaxChange = z.infer<typeof taxChangeSchema>;
export const updateBillingOutput = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('saved'), details: billingDetailsSchema }),
  /** Nothing saved: the tax treatment would change; send again with `confirm` to save. */
  z.object({ outcome: z.literal('needs_confirmation'), changes: z.array(taxChangeSchema).min(1) }),
]);

export const addressFormatInput = z.object({ country: z.string().max(2) });
export const addressFormatSchema = z.object({
  country: z.string(),
  fields: z.array(z.enum(['line1', 'line2', 'postalCode', 'city', 'region'])),
  region: z.object({ required: z.boolean(), kind: z.enum(['state', 'province', 'region']) }).nullable(),
  postcode: z.object({ required: z.boolean(), example: z.string().nullable() }).nullable(),
});

export const transactionSchema = z.object({
  id: z.string(),
  type: z.enum(['invoice', 'credit_note', 'payment', 'failed_payment', 'credit_applied', 'refund']),
  at: z.string(),
  number: z.string(),
  invoiceId: z.string(),
  /** Money that moved (signed); zero for a failed payment. */
  amount: z.number().int(),
  /** What a failed payment tried to charge (positive); null for every other row. */
  attempted: z.number().int().nullable(),
  currency: z.enum(['EUR', 'USD']),
  status: z.enum(['paid', 'open', 'credited', 'succeeded', 'failed', 'applied']),
  detail: z.string(),
  /** The invoice's or credit note's purchase-order number; empty on other rows and when none. */
  purchaseOrder: z.string(),
  balanceAfter: z.number().int(),
});
export type TransactionView = z.infer<typeof transactionSchema>;
export const transactionsOutput = z.object({ transactions: z.array(transactionSchema) });

export const pendingSchema = z.object({
  invoices: z.array(z.object({ id: z.string(), number: z.string(), issuedAt: z.string(), outstanding: z.number().int(), currency: z.enum(['EUR', 'USD']) })),
  total: z.number().int(),
});
export const applyPendingOutput = z.object({ paid: z.number().int(), status: z.enum(['active', 'past_due', 'cancelled']) });

export const cancelInput = z.object({ reason: z.enum(['too_expensive', 'missing_features', 'switching', 'not_using', 'other']), details: z.string().max(2000), password: z.string().max(1024) });
export const reactivateInput = z.object({ password: z.string().max(1024) });
export const reactivationSchema = z.object({ outcome: z.enum(['reactivated', 'requested']), requestState: z.enum(['sent', 'in_progress', 'done']).nullable() });

/** What every invoice carries and who else receives it (billing/invoice-settings.ts). */
export const invoiceSettingsSchema = z.object({
  /** The account's purchase-order number; empty when none. */
  purchaseOrder: z.string(),
  recipients: z.array(z.object({ email: z.string(), language: languageSchema })),
  limits: z.object({ purchaseOrder: z.number().int(), note: z.number().int(), recipients: z.number().int() }),
  /** Days before a renewal on which billing contacts are reminded, and the days they may choose from. */
  reminderDays: z.array(z.number().int()),
  reminderChoices: z.array(z.number().int()),
});
export const updateInvoiceSettingsInput = z.object({
  purchaseOrder: z.string().max(1000),
  recipients: z.array(z.object({ email: z.string().max(320), language: languageSchema })).max(50),
  /** Absent: unchanged. */
  reminderDays: z.array(z.number().int()).max(10).optional(),
});
