/**
 * The Overview (home after sign-in). Anyone signed in sees the seats per product; the spending,
 * next renewal, balance and pending payment are left out (null) for those who may not view billing.
 */
import { billingNotices } from '../billing/reminders.ts';
import type { CommandContext, HandlerMap } from '../app/handler.ts';
import { pendingInvoices } from '../account/pending.ts';
import { trialDaysLeft } from '../billing/trial.ts';
import { productViews } from '../licences/seats.ts';
import type { OverviewBilling } from '../schemas/overview.ts';
import { monthlySpending } from './spending.ts';
import { nextRenewal } from './next-renewal.ts';


function billingPart(ctx: CommandContext, months: number): OverviewBilling | null {
  const account = ctx.account;
  if (!account || !ctx.caps.has('view_billing')) return null;
  const { products, spending } = monthlySpending(ctx.tables.invoices.values(), ctx.now, months, account.timeZone, account.currency);
  const pending = pendingInvoices(ctx);
  return {
    currency: account.currency,
    products,
    spending,
    nextRenewal: nextRenewal(ctx.tables),
    creditBalance: account.creditBalance,
    pending: { total: pending.total, invoices: pending.invoices.length },
    reminders: billingNotices(ctx.tables, ctx.now),
  };
}

export const overviewHandlers: HandlerMap<'overview.get'> = {
  'overview.get'(input, ctx) {
    const seats = productViews(ctx)
      .filter((p) => p.seats > 0 || p.assigned > 0)
      .map((p) => ({ productId: p.productId, name: p.name, seats: p.seats, assigned: p.assigned, idle: p.free }));
    return { ok: true, value: { seats, billing: billingPart(ctx, input.months), trialDaysLeft: trialDaysLeft(ctx.account, ctx.now) } };
  },
};
