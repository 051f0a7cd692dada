/**
 * The demo account's subscriptions as they stood a year ago, with their first invoices. The year
 * since is produced by the real renewal engine on first start (core.renewDue), so the seeded
 * history is what the app itself would have issued.
 */
import { TZDate } from '@date-fns/tz';
import { addIntervals } from '../billing/periods.ts';
import { issueInvoice } from '../billing/invoices.ts';
import { totals } from '../billing/quote.ts';
import { itemsOf, priceOf } from '../billing/subscription-state.ts';
import { findPlan } from '../catalog/catalog.ts';
import { applyChange, put, type Change, type Tables } from '../model/changes.ts';
import type { Subscription } from '../model/records.ts';
import type { Ids } from '../ports/ids.ts';

interface SubSeed {
  planId: string;
  interval: 'month' | 'year';
  seats: number;
  monthsAgo: number;
  addOn?: { planId: string; seats: number };
}

const SUBSCRIPTIONS: SubSeed[] = [
  { planId: 'rs_premium', interval: 'month', seats: 10, monthsAgo: 12 },
  { planId: 'bp_standard', interval: 'year', seats: 15, monthsAgo: 11, addOn: { planId: 'cc_addon', seats: 5 } },
  { planId: 'mt_business', interval: 'month', seats: 20, monthsAgo: 12 },
];

/** Changes that create the subscriptions and their first invoices; `tables` must hold the account. */
export function demoSubscriptions(tables: Tables, ids: Ids, now: Date): Change[] {
  const account = tables.account.get('account')!;
  const changes: Change[] = [];
  // Periods start at local midnight on the 1st, in the account's time zone.
  const local = new TZDate(now.getTime(), account.timeZone);
  const firstOfMonth = new Date(new TZDate(local.getFullYear(), local.getMonth(), 1, account.timeZone).getTime()).toISOString();
  for (const seed of SUBSCRIPTIONS) {
    const plan = findPlan(seed.planId)!;
    const addOnPlan = seed.addOn ? findPlan(seed.addOn.planId) : undefined;
    const start = addIntervals(firstOfMonth, 'month', -seed.monthsAgo, account.timeZone);
    const sub: Subscription = {
      id: ids.next('sub'),
      productId: plan.productId,
      planId: plan.id,
      interval: seed.interval,
      seats: seed.seats,
      unitAmount: priceOf(plan, seed.interval, account.currency),
      currency: account.currency,
      periodStart: start,
      periodEnd: addIntervals(start, seed.interval, 1, account.timeZone),
      anchorAt: start,
      periodIndex: 0,
      autoRenew: true,
      addOns: seed.addOn && addOnPlan ? [{ productId: addOnPlan.productId, planId: addOnPlan.id, seats: seed.addOn.seats, unitAmount: priceOf(addOnPlan, seed.interval, account.currency) }] : [],
      createdAt: start,
    };
    changes.push(put('subscriptions', sub.id, sub));
  }
  // First invoices in date order, each numbered after the previous one.
  const work: Tables = { ...tables, meta: new Map(tables.meta), account: new Map(tables.account), invoices: new Map(tables.invoices) };
  for (const change of [...changes].sort((a, b) => ((a as { value: Subscription }).value.periodStart < (b as { value: Subscription }).value.periodStart ? -1 : 1))) {
    const sub = (change as { value: Subscription }).value;
    const lines = itemsOf(sub).map((item) => ({ kind: 'charge' as const, subscriptionId: sub.id, productId: item.productId, planId: item.planId, interval: sub.interval, periodStart: sub.periodStart, periodEnd: sub.periodEnd, quantity: item.seats, unitAmount: item.unitAmount, amount: item.unitAmount * item.seats }));
    const paid = issueInvoice(work, ids, { lines, at: sub.periodStart, source: 'history', paid: totals(account, lines).amountDue });
    for (const c of paid.changes) applyChange(work, c);
    const paymentId = ids.next('pay');
    changes.push(...paid.changes, put('payments', paymentId, { id: paymentId, invoiceId: paid.invoice.id, at: sub.periodStart, amount: paid.invoice.amountPaid, currency: account.currency, method: 'visa •••• 4242', status: 'succeeded' }));
  }
  return changes;
}
