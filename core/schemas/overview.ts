/** The Overview (home after sign-in): seats per product, spending per month, renewal, balance, trial. */
import { z } from 'zod';

const currency = z.enum(['EUR', 'USD']);
const money = z.number().int();

export const overviewInput = z.object({ months: z.union([z.literal(12), z.literal(36)]) }).strict();

export const seatUseSchema = z.object({
  productId: z.string(),
  name: z.string(),
  seats: z.number().int(),
  assigned: z.number().int(),
  /** Seats bought and held by nobody. */
  idle: z.number().int(),
});

/** One calendar month in the account's zone: what its invoices charged per product (credit notes negative). */
export const spendingMonthSchema = z.object({
  /** "2026-11": the month, in the account's time zone. */
  month: z.string(),
  amounts: z.array(z.object({ productId: z.string(), amount: money })),
  total: money,
});

/** A reminder in force (billing/reminders.ts): a renewal coming with what it will charge, a card about to expire. */
export const billingNoticeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('renewal'),
    subscriptionId: z.string(),
    productId: z.string(),
    planId: z.string(),
    renewsAt: z.string(),
    /** When the first reminder for this renewal fell due. */
    remindedAt: z.string(),
    amount: money,
    currency,
    card: z.object({ brand: z.string(), last4: z.string() }).nullable(),
  }),
  z.object({ kind: z.literal('card_expiry'), cardId: z.string(), brand: z.string(), last4: z.string(), expMonth: z.number().int(), expYear: z.number().int(), expired: z.boolean(), remindedAt: z.string() }),
]);
export type BillingNoticeView = z.infer<typeof billingNoticeSchema>;

export const overviewBillingSchema = z.object({
  currency,
  /** Products that appear in the window, in catalog order; every month lists each of them (zeros included). */
  products: z.array(z.string()),
  spending: z.array(spendingMonthSchema),
  nextRenewal: z.object({ at: z.string(), amount: money, productIds: z.array(z.string()) }).nullable(),
  creditBalance: money,
  pending: z.object({ total: money, invoices: z.number().int() }),
  reminders: z.array(billingNoticeSchema),
});

export const overviewOutput = z.object({
  seats: z.array(seatUseSchema),
  /** Spending, renewal, balance and pending payment: for billing viewers only, else null. */
  billing: overviewBillingSchema.nullable(),
  trialDaysLeft: z.number().int().nullable(),
});
export type OverviewBilling = z.infer<typeof overviewBillingSchema>;
export type SpendingMonth = z.infer<typeof spendingMonthSchema>;
