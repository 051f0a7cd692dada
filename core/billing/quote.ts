/**
 * The quote: what a cart costs at instant t, line by line — proration credit for the unused part of
 * the current period and charge for the new one ("reset"), or only the difference for the time left
 * ("co_term") — then tax on the taxable total, the credit balance used and the amount due.
 */
import type { Tables } from '../model/changes.ts';
import { holderCounts, holdersOf, storeMemberships } from '../licences/effective.ts';
import type { Account, CartChange, InvoiceLine, Subscription, TaxSummary } from '../model/records.ts';
import { failure, type Outcome } from '../result.ts';
import { fullName } from '../users/views.ts';
import { prorate, seconds } from './money.ts';
import { addIntervals } from './periods.ts';
import { newSubscriptionTarget, targetOf, type PricedItem, type SubscriptionTarget } from './subscription-state.ts';
import { taxOn, taxTreatment } from './tax.ts';

export interface QuotedSubscription {
  target: SubscriptionTarget;
  periodStart: string;
  periodEnd: string;
}

export interface Quote {
  at: string;
  currency: 'EUR' | 'USD';
  lines: InvoiceLine[];
  subtotal: number;
  tax: TaxSummary;
  total: number;
  creditBalance: number;
  creditUsed: number;
  amountDue: number;
  creditToBalance: number;
  subscriptions: QuotedSubscription[];
}

function line(kind: InvoiceLine['kind'], target: SubscriptionTarget, item: PricedItem, interval: 'month' | 'year', start: string, end: string, quantity: number, amount: number): InvoiceLine {
  return { kind, subscriptionId: target.subscriptionId, productId: item.productId, planId: item.planId, interval, periodStart: start, periodEnd: end, quantity, unitAmount: item.unitAmount, amount };
}

/** The same items at the same seats and prices, plan and interval kept: the changes cancel out. */
export function unchanged(target: SubscriptionTarget): boolean {
  if (target.reshaped || target.old.length !== target.next.length) return false;
  return target.next.every((n) => target.old.some((o) => o.planId === n.planId && o.seats === n.seats && o.unitAmount === n.unitAmount));
}

/** Lines for one subscription's change at t (ISO), in the account's time zone; a zero-amount line is left out. */
export function prorationLines(target: SubscriptionTarget, sub: Subscription | undefined, t: string, timeZone: string): { lines: InvoiceLine[]; periodStart: string; periodEnd: string } {
  const part = rawProrationLines(target, sub, t, timeZone);
  return { ...part, lines: part.lines.filter((l) => l.amount !== 0) };
}

function rawProrationLines(target: SubscriptionTarget, sub: Subscription | undefined, t: string, timeZone: string): { lines: InvoiceLine[]; periodStart: string; periodEnd: string } {
  const lines: InvoiceLine[] = [];
  // A cart that nets to nothing (+1 then −1 seat) neither charges nor restarts the period, whatever the policy.
  if (sub && unchanged(target)) return { lines, periodStart: sub.periodStart, periodEnd: sub.periodEnd };
  if (sub && target.policy === 'co_term' && !target.reshaped) {
    const remaining = Math.max(0, seconds(t, sub.periodEnd));
    const total = seconds(sub.periodStart, sub.periodEnd);
    for (const item of target.next) {
      const before = target.old.find((o) => o.planId === item.planId);
      const delta = item.unitAmount * item.seats - (before ? before.unitAmount * before.seats : 0);
      if (delta === 0) continue;
      const amount = Math.sign(delta) * prorate(Math.abs(delta), remaining, total);
      lines.push(line(delta < 0 ? 'credit' : 'charge', target, item, sub.interval, t, sub.periodEnd, item.seats - (before?.seats ?? 0), amount));
    }
    for (const item of target.old.filter((o) => !target.next.some((n) => n.planId === o.planId))) {
      lines.push(line('credit', target, item, sub.interval, t, sub.periodEnd, -item.seats, -prorate(item.unitAmount * item.seats, remaining, total)));
    }
    return { lines, periodStart: sub.periodStart, periodEnd: sub.periodEnd };
  }
  if (sub) {
    const remaining = Math.max(0, seconds(t, sub.periodEnd));
    const total = seconds(sub.periodStart, sub.periodEnd);
    for (const item of target.old) {
      const credit = prorate(item.unitAmount * item.seats, remaining, total);
      if (credit !== 0) lines.push(line('credit', target, item, sub.interval, t, sub.periodEnd, item.seats, -credit));
    }
  }
  const periodEnd = addIntervals(t, target.interval, 1, timeZone);
  for (const item of target.next) lines.push(line('charge', target, item, target.interval, t, periodEnd, item.seats, item.unitAmount * item.seats));
  return { lines, periodStart: t, periodEnd };
}

/** Seats can't fall below the licences assigned: the error names who holds them. */
function checkAssigned(tables: Tables, counts: Map<string, number>, target: SubscriptionTarget): Outcome<true> {
  const assigned = counts.get(target.productId) ?? 0;
  const seats = target.next.find((i) => i.productId === target.productId)?.seats ?? 0;
  if (target.subscriptionId && seats < assigned) {
    const holders = holdersOf(tables.users.values(), storeMemberships(tables), target.productId);
    const names = holders.map(fullName).sort().slice(0, 12).join(', ');
    return failure('conflict', 'errors.billing.seatsBelowAssigned', { count: assigned, seats, names });
  }
  return { ok: true, value: true };
}

/** Totals from lines: tax per rate on the taxable total, then credit balance first. */
export function totals(account: Account, lines: InvoiceLine[]) {
  const subtotal = lines.reduce((sum, l) => sum + l.amount, 0);
  const treatment = taxTreatment({ country: account.billingAddress.country, vatNumber: account.vatNumber });
  const tax: TaxSummary = {
    kind: treatment.kind,
    country: treatment.country,
    rateBasisPoints: treatment.rateBasisPoints,
    amount: taxOn(subtotal, treatment.rateBasisPoints),
    ...(treatment.mention ? { mention: treatment.mention } : {}),
  };
  const total = subtotal + tax.amount;
  const creditUsed = total > 0 ? Math.min(account.creditBalance, total) : 0;
  return { subtotal, tax, total, creditUsed, amountDue: total > 0 ? total - creditUsed : 0, creditToBalance: total < 0 ? -total : 0 };
}

export function buildQuote(tables: Tables, changes: readonly CartChange[], now: Date): Outcome<Quote> {
  const account = tables.account.get('account');
  if (!account) return failure('not_found', 'errors.billing.noAccount');
  if (changes.length === 0) return failure('invalid_input', 'errors.billing.emptyCart');
  const t = now.toISOString();
  const bySubscription = new Map<string, CartChange[]>();
  const targets: SubscriptionTarget[] = [];
  for (const change of changes) {
    if (change.kind === 'new_subscription') {
      const target = newSubscriptionTarget(change, account.currency);
      if (!target.ok) return target;
      const taken = [...tables.subscriptions.values()].some((s) => s.productId === target.value.productId) || targets.some((x) => x.productId === target.value.productId);
      if (taken) return failure('conflict', 'errors.billing.alreadySubscribed');
      targets.push(target.value);
    } else {
      if (!tables.subscriptions.has(change.subscriptionId)) return failure('not_found', 'errors.billing.unknownSubscription');
      bySubscription.set(change.subscriptionId, [...(bySubscription.get(change.subscriptionId) ?? []), change]);
    }
  }
  const counts = bySubscription.size ? holderCounts(tables) : new Map<string, number>();
  for (const [id, subChanges] of bySubscription) {
    const target = targetOf(tables.subscriptions.get(id)!, subChanges, account.currency);
    if (!target.ok) return target;
    const assigned = checkAssigned(tables, counts, target.value);
    if (!assigned.ok) return assigned;
    targets.push(target.value);
  }
  const lines: InvoiceLine[] = [];
  const subscriptions: QuotedSubscription[] = [];
  for (const target of targets) {
    const sub = target.subscriptionId ? tables.subscriptions.get(target.subscriptionId) : undefined;
    if (sub && unchanged(target)) continue;
    const part = prorationLines(target, sub, t, account.timeZone);
    lines.push(...part.lines);
    subscriptions.push({ target, periodStart: part.periodStart, periodEnd: part.periodEnd });
  }
  return { ok: true, value: { at: t, currency: account.currency, lines, creditBalance: account.creditBalance, subscriptions, ...totals(account, lines) } };
}
