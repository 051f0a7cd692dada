/** Subscriptions, seats, the cart and orders (SPEC §4). Permissions come from the matrix. */
import type { CommandContext, HandlerMap } from '../app/handler.ts';
import { toAppError } from '../app/errors.ts';
import { auditChange } from '../audit/record.ts';
import { refTo } from '../audit/values.ts';
import { CATALOG, findPlan } from '../catalog/catalog.ts';
import { del, put } from '../model/changes.ts';
import type { CartChange, SupportRequest, User } from '../model/records.ts';
import { failure } from '../result.ts';
import { holderCounts } from '../licences/effective.ts';
import { mayOrder } from './buyer.ts';
import { placeOrder } from './place-order.ts';
import { outstanding, paidByInvoice } from './transactions.ts';
import { buildQuote } from './quote.ts';
import { refundCredit } from './refund-command.ts';
import { refundOptions } from './refunds.ts';
import { trialDaysLeft } from './trial.ts';
import { billingNotices } from './reminders.ts';
import { defaultCard, invoicesListRevision, listInvoices, planOption, toInvoiceView, toOrderView, toQuoteView, toSubscriptionView } from './views.ts';

function actorOf(ctx: CommandContext): User {
  if (!ctx.actor) throw new Error('signed-in channel reached without an actor');
  return ctx.actor;
}

function cartView(ctx: CommandContext, lines: CartChange[]) {
  if (lines.length === 0) return { lines, quote: null, problem: null };
  const quote = buildQuote(ctx.tables, lines, ctx.now);
  if (quote.ok) return { lines, quote: toQuoteView(quote.value), problem: null };
  const error = toAppError(quote.failure, ctx.actor?.language ?? 'en');
  return { lines, quote: null, problem: { key: error.key, message: error.message, ...(error.params ? { params: error.params } : {}) } };
}

/** A trial has ended when its date has passed and the account has not subscribed since. */
function trialEnded(ctx: CommandContext): boolean {
  const ends = ctx.account?.trialEndsAt;
  return ends !== undefined && new Date(ends) <= ctx.now && ctx.tables.subscriptions.size === 0;
}


function countOpen(ctx: CommandContext): number {
  const paid = paidByInvoice(ctx.tables);
  let open = 0;
  for (const invoice of ctx.tables.invoices.values()) if (outstanding(invoice, ctx.tables, paid) > 0) open++;
  return open;
}

type Channels =
  | 'billing.overview' | 'subscriptions.list' | 'billing.preview' | 'cart.get' | 'cart.add' | 'cart.removeLine' | 'cart.clear'
  | 'orders.place' | 'orders.list' | 'invoices.list' | 'invoices.get' | 'support.requestDowngrade' | 'support.list' | 'billing.refund';

export const billingHandlers: HandlerMap<Channels> = {
  'billing.overview'(_input, ctx) {
    const account = ctx.account!;
    const card = defaultCard(ctx.tables);
    const subscribed = new Set([...ctx.tables.subscriptions.values()].map((s) => s.productId));
    return {
      ok: true,
      value: {
        billingMode: account.billingMode,
        status: account.status,
        currency: account.currency,
        creditBalance: account.creditBalance,
        trialEndsAt: account.trialEndsAt ?? null,
        trialEnded: trialEnded(ctx),
        trialDaysLeft: trialDaysLeft(account, ctx.now),
        defaultCard: card ? { brand: card.brand, last4: card.last4, expMonth: card.expMonth, expYear: card.expYear } : null,
        openInvoices: countOpen(ctx),
        products: CATALOG.filter((p) => !p.addOnOf).map((p) => ({ productId: p.id, plans: p.plans.map(planOption), subscribed: subscribed.has(p.id) })),
        refunds: refundOptions(ctx.tables),
        reminders: ctx.caps.has('view_billing') ? billingNotices(ctx.tables, ctx.now) : [],
      },
    };
  },

  'subscriptions.list'(_input, ctx) {
    // One walk over the users for every product's holders, not one per subscription (10k users × 20).
    const holders = holderCounts(ctx.tables);
    const subscriptions = [...ctx.tables.subscriptions.values()].sort((a, b) => a.productId.localeCompare(b.productId)).map((s) => toSubscriptionView(s, ctx.tables, holders.get(s.productId) ?? 0));
    return { ok: true, value: { subscriptions } };
  },

  'billing.preview'(input, ctx) {
    const allowed = mayOrder(ctx.caps, ctx.tables, input.changes);
    if (!allowed.ok) return allowed;
    const quote = buildQuote(ctx.tables, input.changes, ctx.now);
    return quote.ok ? { ok: true, value: toQuoteView(quote.value) } : quote;
  },

  'cart.get'(_input, ctx) {
    return { ok: true, value: cartView(ctx, ctx.tables.carts.get(actorOf(ctx).id)?.lines ?? []) };
  },

  'cart.add'(input, ctx) {
    const actor = actorOf(ctx);
    const allowed = mayOrder(ctx.caps, ctx.tables, [input.change]);
    if (!allowed.ok) return allowed;
    if (input.change.kind !== 'new_subscription' && trialEnded(ctx)) return failure('conflict', 'errors.billing.trialEnded');
    const lines = [...(ctx.tables.carts.get(actor.id)?.lines ?? []), input.change];
    const quote = buildQuote(ctx.tables, lines, ctx.now);
    if (!quote.ok) return quote;
    return { ok: true, value: cartView(ctx, lines), changes: [put('carts', actor.id, { id: actor.id, lines, updatedAt: ctx.now.toISOString() })] };
  },

  'cart.removeLine'(input, ctx) {
    const actor = actorOf(ctx);
    const lines = [...(ctx.tables.carts.get(actor.id)?.lines ?? [])];
    if (input.index >= lines.length) return failure('not_found', 'errors.billing.emptyCart');
    lines.splice(input.index, 1);
    const change = lines.length ? put('carts', actor.id, { id: actor.id, lines, updatedAt: ctx.now.toISOString() }) : del('carts', actor.id);
    return { ok: true, value: cartView(ctx, lines), changes: [change] };
  },

  'cart.clear'(_input, ctx) {
    const actor = actorOf(ctx);
    const had = ctx.tables.carts.has(actor.id);
    return { ok: true, value: cartView(ctx, []), ...(had ? { changes: [del('carts', actor.id)] } : {}) };
  },

  'orders.place'(input, ctx) {
    // Choosing which card pays is billing: a licence buyer without it pays with the default card.
    if (input.cardId !== undefined && !ctx.caps.has('billing')) return failure('forbidden', 'errors.forbidden');
    return placeOrder(ctx, actorOf(ctx), input);
  },

  'orders.list'(_input, ctx) {
    const orders = [...ctx.tables.orders.values()].sort((a, b) => b.placedAt.localeCompare(a.placedAt)).map((o) => toOrderView(o, ctx.tables));
    return { ok: true, value: { orders } };
  },

  /**
   * Every invoice and credit note, newest number first, with what is still due: made of the invoices
   * and the payments only (no clock), so its revision is those tables' stamps, and a caller holding
   * that revision is told so instead of being sent the list again (the palette, on each open).
   */
  'invoices.list'(input, ctx) {
    const revision = invoicesListRevision(ctx.tables);
    if (revision !== null && input?.since === revision) return { ok: true, value: { revision, unchanged: true } };
    return { ok: true, value: { revision: revision ?? '', invoices: listInvoices(ctx.tables) } };
  },

  'invoices.get'(input, ctx) {
    const invoice = ctx.tables.invoices.get(input.id);
    return invoice ? { ok: true, value: toInvoiceView(invoice, ctx.tables) } : failure('not_found', 'errors.invoices.notFound');
  },

  'support.requestDowngrade'(input, ctx) {
    const sub = ctx.tables.subscriptions.get(input.subscriptionId);
    const plan = findPlan(input.planId);
    const current = sub ? findPlan(sub.planId) : undefined;
    if (!sub || !plan || !current || plan.productId !== sub.productId || plan.rank >= current.rank) return failure('invalid_input', 'errors.billing.unknownPlan');
    const open = [...ctx.tables.supportRequests.values()].find((r) => r.subscriptionId === sub.id && r.toPlanId === plan.id && r.status !== 'closed');
    if (open) return { ok: true, value: open };
    const request: SupportRequest = { id: ctx.ports.ids.next('sup'), kind: 'downgrade', subscriptionId: sub.id, fromPlanId: sub.planId, toPlanId: plan.id, status: 'open', createdAt: ctx.now.toISOString(), createdBy: actorOf(ctx).id };
    return {
      ok: true,
      value: request,
      changes: [put('supportRequests', request.id, request), auditChange(ctx, 'support.downgrade_requested', { type: 'subscription', id: sub.id }, null, { from: refTo(ctx.tables, 'plan', sub.planId), to: refTo(ctx.tables, 'plan', plan.id) })],
    };
  },

  'billing.refund'(input, ctx) {
    return refundCredit(ctx, input);
  },

  'support.list'(_input, ctx) {
    const requests = [...ctx.tables.supportRequests.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return { ok: true, value: { requests } };
  },
};
