import { z } from 'zod';
import { idSchema } from './common.ts';
import { billingNoticeSchema } from './overview.ts';

const seats = z.number().int().min(1).max(100_000);
const interval = z.enum(['month', 'year']);
const currency = z.enum(['EUR', 'USD']);
const money = z.number().int();

export const cartChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('add_seats'), subscriptionId: idSchema, seats }),
  z.object({ kind: z.literal('remove_seats'), subscriptionId: idSchema, seats }),
  z.object({ kind: z.literal('change_plan'), subscriptionId: idSchema, planId: idSchema }),
  z.object({ kind: z.literal('change_interval'), subscriptionId: idSchema, interval }),
  z.object({ kind: z.literal('add_addon'), subscriptionId: idSchema, planId: idSchema, seats }),
  z.object({ kind: z.literal('remove_addon'), subscriptionId: idSchema, planId: idSchema }),
  z.object({ kind: z.literal('new_subscription'), planId: idSchema, interval, seats }),
]);
export type CartChangeInput = z.infer<typeof cartChangeSchema>;

export const invoiceLineSchema = z.object({
  kind: z.enum(['charge', 'credit']),
  subscriptionId: z.string().nullable(),
  productId: z.string(),
  planId: z.string(),
  interval,
  periodStart: z.string(),
  periodEnd: z.string(),
  quantity: z.number().int(),
  unitAmount: money,
  amount: money,
});

export const taxSummarySchema = z.object({
  kind: z.enum(['standard', 'reverse_charge', 'outside_eu']),
  country: z.string(),
  rateBasisPoints: z.number().int(),
  amount: money,
  mention: z.string().optional(),
});

export const quoteSchema = z.object({
  at: z.string(),
  currency,
  lines: z.array(invoiceLineSchema),
  subtotal: money,
  tax: taxSummarySchema,
  total: money,
  creditBalance: money,
  creditUsed: money,
  amountDue: money,
  creditToBalance: money,
  periods: z.array(z.object({ subscriptionId: z.string().nullable(), productId: z.string(), interval, periodStart: z.string(), periodEnd: z.string() })),
});
export type QuoteView = z.infer<typeof quoteSchema>;

export const planOptionSchema = z.object({ planId: z.string(), productId: z.string(), name: z.string(), rank: z.number().int(), monthly: money, yearly: money });

export const subscriptionViewSchema = z.object({
  id: idSchema,
  productId: z.string(),
  planId: z.string(),
  planName: z.string(),
  interval,
  seats: z.number().int(),
  assigned: z.number().int(),
  unitAmount: money,
  currency,
  periodStart: z.string(),
  periodEnd: z.string(),
  autoRenew: z.boolean(),
  nextRenewalAmount: money,
  addOns: z.array(z.object({ productId: z.string(), planId: z.string(), seats: z.number().int(), unitAmount: money })),
  plans: z.array(planOptionSchema),
  addOnPlans: z.array(planOptionSchema),
  policy: z.enum(['reset', 'co_term']),
});
export type SubscriptionView = z.infer<typeof subscriptionViewSchema>;

/** What may be refunded now (core/billing/refunds.ts): the credit balance, capped per card by what it paid. */
export const refundOptionsSchema = z.object({
  /** The most one refund may send back: the credit balance, capped by the best card's net payments. */
  available: money,
  cards: z.array(z.object({ cardId: idSchema, brand: z.string(), last4: z.string(), refundable: money })),
  /** Why nothing may be refunded although there is credit: charges are pending. */
  blockedBy: z.enum(['pending_charges']).nullable(),
});
export type RefundOptions = z.infer<typeof refundOptionsSchema>;

export const billingOverviewSchema = z.object({
  billingMode: z.enum(['self_service', 'offline', 'corporate']),
  status: z.enum(['active', 'past_due', 'cancelled']),
  currency,
  creditBalance: money,
  trialEndsAt: z.string().nullable(),
  trialEnded: z.boolean(),
  /** Whole days left in the trial by the core's clock (null when no trial is running). */
  trialDaysLeft: z.number().int().nullable(),
  defaultCard: z.object({ brand: z.string(), last4: z.string(), expMonth: z.number().int(), expYear: z.number().int() }).nullable(),
  openInvoices: z.number().int(),
  products: z.array(z.object({ productId: z.string(), plans: z.array(planOptionSchema), subscribed: z.boolean() })),
  refunds: refundOptionsSchema,
  /** Renewal and card-expiry reminders in force; empty without the View billing permission. */
  reminders: z.array(billingNoticeSchema),
});

export const cartSchema = z.object({
  lines: z.array(cartChangeSchema),
  quote: quoteSchema.nullable(),
  /** Why the cart can't be quoted right now (e.g. seats assigned changed since it was filled). */
  problem: z.object({ key: z.string(), message: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() }).nullable(),
});

export const orderSchema = z.object({
  id: idSchema,
  placedAt: z.string(),
  status: z.enum(['placed', 'paid', 'payment_pending', 'failed']),
  currency,
  total: money,
  amountDue: money,
  lines: z.array(cartChangeSchema),
  invoiceId: z.string().optional(),
  invoiceNumber: z.string().optional(),
  failureReason: z.string().optional(),
  purchaseOrder: z.string().optional(),
  note: z.string().optional(),
});
export type OrderView = z.infer<typeof orderSchema>;

export const invoiceSummarySchema = z.object({
  id: idSchema,
  number: z.string(),
  kind: z.enum(['invoice', 'credit_note']),
  source: z.enum(['order', 'renewal', 'history']),
  issuedAt: z.string(),
  currency,
  total: money,
  amountDue: money,
  status: z.enum(['paid', 'open', 'credited']),
});

/** invoices.list takes the revision the caller holds (optional): the list is sent again only when it changed. */
export const invoicesListInput = z.object({ since: z.string().max(100).optional() }).strict().optional();

/** Every invoice and credit note, newest number first, and the list's revision; or, when `since` names the list as it is, only that it is unchanged. */
export const invoicesListOutput = z.union([
  z.object({ revision: z.string(), invoices: z.array(invoiceSummarySchema) }).strict(),
  z.object({ revision: z.string(), unchanged: z.literal(true) }).strict(),
]);
export type InvoicesList = z.infer<typeof invoicesListOutput>;
export type InvoiceSummary = z.infer<typeof invoiceSummarySchema>;

/** The invoices of an answer (one asked for without `since` is always the whole list). */
export const invoicesOf = (answer: InvoicesList): InvoiceSummary[] => ('invoices' in answer ? answer.invoices : []);

const addressSchema = z.object({ line1: z.string(), line2: z.string().optional(), city: z.string(), postalCode: z.string(), region: z.string().optional(), country: z.string() });
export const invoiceSchema = invoiceSummarySchema.extend({
  orderId: z.string().optional(),
  lines: z.array(invoiceLineSchema),
  subtotal: money,
  tax: taxSummarySchema,
  creditUsed: money,
  amountPaid: money,
  creditedToBalance: money,
  seller: z.object({ name: z.string(), address: addressSchema, vatNumber: z.string() }),
  buyer: z.object({ name: z.string(), address: addressSchema, vatNumber: z.string().optional() }),
  purchaseOrder: z.string().optional(),
  note: z.string().optional(),
});

export const supportRequestSchema = z.object({
  id: idSchema,
  kind: z.literal('downgrade'),
  subscriptionId: z.string(),
  fromPlanId: z.string(),
  toPlanId: z.string(),
  status: z.enum(['open', 'in_progress', 'closed']),
  createdAt: z.string(),
});

/** `purchaseOrder` absent: the account's; empty: none. The core checks both texts' length and characters. */
export const placeOrderInput = z.object({ idempotencyKey: z.string().min(8).max(100), cardId: idSchema.optional(), purchaseOrder: z.string().max(1000).optional(), note: z.string().max(5000).optional() });
export const previewInput = z.object({ changes: z.array(cartChangeSchema).min(1).max(50) });
export const cartAddInput = z.object({ change: cartChangeSchema });
export const cartRemoveInput = z.object({ index: z.number().int().min(0).max(100) });
export const downgradeInput = z.object({ subscriptionId: idSchema, planId: idSchema });
export const invoiceGetInput = z.object({ id: idSchema });

/**
 * An issued document's e-invoice: the UN/CEFACT CII XML (EN 16931), and what a host needs to make it a
 * Factur-X PDF of its printed view (file name, and the PDF's title, author and date).
 */
export const einvoiceSchema = z.object({
  number: z.string(),
  fileName: z.string(),
  xml: z.string(),
  facturX: z.object({ fileName: z.string(), title: z.string(), author: z.string(), date: z.string() }),
});

/** A period of the account's calendar, "YYYY-MM-DD" to "YYYY-MM-DD", both days included. */
export const einvoiceArchiveInput = z.object({ from: z.string().max(10), to: z.string().max(10) }).strict();
/** The period's e-invoices, one CII XML per document in a ZIP (base64), and which documents it holds. */
export const einvoiceArchiveSchema = z.object({ fileName: z.string(), zip: z.string(), count: z.number().int().positive(), numbers: z.array(z.string()) });

/**
 * What the desktop's Save e-invoices (ZIP) did: saved the documents to the file chosen; nothing, the save
 * dialog dismissed; or stopped by Cancel after `done` of `total` documents, writing nothing.
 */
export const einvoiceArchiveSavedSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('saved'), path: z.string().min(1), count: z.number().int().positive() }),
  z.object({ outcome: z.literal('notChosen') }),
  z.object({ outcome: z.literal('cancelled'), done: z.number().int().nonnegative(), total: z.number().int().positive() }),
]);

/** The desktop's progress through a period's e-invoices: `done` documents printed of `total`. */
export const einvoiceArchiveProgressSchema = z
  .object({ done: z.number().int().nonnegative(), total: z.number().int().positive() })
  .refine((p) => p.done <= p.total, { message: 'done exceeds total' });

/** Save the invoice view as Factur-X: the invoice's id, and the file name the save dialog proposes. */
export const saveFacturXInput = z.object({ id: idSchema, fileName: z.string().min(1).max(200) });

export const refundInput = z.object({
  cardId: idSchema,
  amount: z.number().int().min(1).max(1_000_000_000),
  currency,
  /** One per confirmation: a double click refunds once. */
  idempotencyKey: z.string().min(8).max(60),
});
export const refundSchema = z.object({
  id: idSchema,
  at: z.string(),
  amount: money,
  currency,
  card: z.object({ brand: z.string(), last4: z.string() }),
  /** The invoice whose payment the refund goes back against. */
  invoiceNumber: z.string(),
  creditBalance: money,
  options: refundOptionsSchema,
});
export type RefundView = z.infer<typeof refundSchema>;
