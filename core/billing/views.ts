/** What billing records look like outside the core, shaped for the contract's schemas. */
import { CATALOG, findPlan, findProduct, type Plan } from '../catalog/catalog.ts';
import type { Tables } from '../model/changes.ts';
import { SEATS, walkFacet } from '../model/facets.ts';
import { revisionOf } from '../model/stamped-map.ts';
import { holdsLicence, storeMemberships } from '../licences/effective.ts';
import type { Card, Invoice, Order, Subscription } from '../model/records.ts';
import type { OrderView, QuoteView, SubscriptionView } from '../schemas/billing.ts';
import type { Quote } from './quote.ts';
import { itemsOf } from './subscription-state.ts';
import { effectiveStatus, outstanding, paidByInvoice } from './transactions.ts';

export function defaultCard(tables: Tables): Card | undefined {
  const cards = [...tables.cards.values()];
  return cards.find((c) => c.isDefault) ?? cards[0];
}

/**
 * The card a payment uses: the one the admin chose (which must be on this account's file: a removed
 * card or another account's is not found), else the default card.
 */
export function cardToPay(tables: Tables, cardId: string | undefined): { ok: true; card: Card | undefined } | { ok: false } {
  if (cardId === undefined) return { ok: true, card: defaultCard(tables) };
  const card = tables.cards.get(cardId);
  return card ? { ok: true, card } : { ok: false };
}

export function planOption(plan: Plan) {
  return { planId: plan.id, productId: plan.productId, name: plan.name, rank: plan.rank, monthly: plan.monthly.EUR, yearly: plan.yearly.EUR };
}

function planOptions(productId: string, currency: 'EUR' | 'USD') {
  return (findProduct(productId)?.plans ?? []).map((p) => ({ ...planOption(p), monthly: p.monthly[currency], yearly: p.yearly[currency] }));
}

/** Active users holding the product, directly or through a group (core/licences/effective.ts). */
export function assignedCount(tables: Tables, productId: string): number {
  const memberships = storeMemberships(tables);
  let n = 0;
  for (const user of walkFacet(tables, SEATS)) if (holdsLicence(user, memberships, productId)) n++;
  return n;
}

/** `assigned`: the product's holders, when the caller counted every product in one walk (holderCounts). */
export function toSubscriptionView(sub: Subscription, tables: Tables, assigned = assignedCount(tables, sub.productId)): SubscriptionView {
  const addOnProducts = CATALOG.filter((p) => p.addOnOf === sub.productId);
  return {
    id: sub.id,
    productId: sub.productId,
    planId: sub.planId,
    planName: findPlan(sub.planId)?.name ?? sub.planId,
    interval: sub.interval,
    seats: sub.seats,
    assigned,
    unitAmount: sub.unitAmount,
    currency: sub.currency,
    periodStart: sub.periodStart,
    periodEnd: sub.periodEnd,
    autoRenew: sub.autoRenew,
    nextRenewalAmount: itemsOf(sub).reduce((sum, i) => sum + i.unitAmount * i.seats, 0),
    addOns: sub.addOns,
    plans: planOptions(sub.productId, sub.currency),
    addOnPlans: addOnProducts.flatMap((p) => planOptions(p.id, sub.currency)),
    policy: findPlan(sub.planId)?.proration ?? 'reset',
  };
}

export function toQuoteView(quote: Quote): QuoteView {
  const { subscriptions, ...rest } = quote;
  return {
    ...rest,
    periods: subscriptions.map((s) => ({ subscriptionId: s.target.subscriptionId, productId: s.target.productId, interval: s.target.interval, periodStart: s.periodStart, periodEnd: s.periodEnd })),
  };
}

export function toOrderView(order: Order, tables: Tables, invoiceNumber?: string): OrderView {
  const number = invoiceNumber ?? (order.invoiceId ? tables.invoices.get(order.invoiceId)?.number : undefined);
  return {
    id: order.id,
    placedAt: order.placedAt,
    status: order.status,
    currency: order.currency,
    total: order.total,
    amountDue: order.amountDue,
    lines: order.lines,
    ...(order.invoiceId ? { invoiceId: order.invoiceId } : {}),
    ...(number ? { invoiceNumber: number } : {}),
    ...(order.failureReason ? { failureReason: order.failureReason } : {}),
    ...(order.purchaseOrder ? { purchaseOrder: order.purchaseOrder } : {}),
    ...(order.note ? { note: order.note } : {}),
  };
}

/** An invoice as shown now: its record never changes; what is still due comes from the payments since. */
export function toInvoiceSummary(invoice: Invoice, tables: Tables, paid: Map<string, number> = paidByInvoice(tables)) {
  const { id, number, kind, source, issuedAt, currency, total } = invoice;
  return { id, number, kind, source, issuedAt, currency, total, amountDue: outstanding(invoice, tables, paid), status: effectiveStatus(invoice, tables, paid) };
}

/** invoices.list: every invoice and credit note, newest number first, as shown now. */
export function listInvoices(tables: Tables) {
  const paid = paidByInvoice(tables);
  return [...tables.invoices.values()].sort((a, b) => b.number.localeCompare(a.number)).map((i) => toInvoiceSummary(i, tables, paid));
}

/** What invoices.list is made of: the invoices and the payments (what is due), nothing else, no clock. */
export function invoicesListRevision(tables: Pick<Tables, 'invoices' | 'payments'>): string | null {
  return revisionOf([tables.invoices, tables.payments]);
}

export function toInvoiceView(invoice: Invoice, tables: Tables) {
  let amountPaid = 0;
  for (const p of tables.payments.values()) if (p.invoiceId === invoice.id && p.status === 'succeeded' && p.amount > 0) amountPaid += p.amount;
  return { ...invoice, ...toInvoiceSummary(invoice, tables), amountPaid };
}
