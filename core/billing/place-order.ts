/**
 * Place order: quote the cart, charge what the credit balance does not cover, issue the invoice (or
 * credit note), apply the subscription changes, record the order, email a confirmation — as one
 * commit. Idempotent: the same key returns the first order and never charges twice.
 */
import type { CommandContext, HandlerOutcome } from '../app/handler.ts';
import { auditChange } from '../audit/record.ts';
import { count, enumOf, money, ref } from '../audit/values.ts';
import { del, put, type Change } from '../model/changes.ts';
import type { Order, Payment, User } from '../model/records.ts';
import { failure } from '../result.ts';
import type { OrderView } from '../schemas/billing.ts';
import { subscriptionChanges } from './apply-quote.ts';
import { mayOrder } from './buyer.ts';
import { billingEmail } from './emails.ts';
import { checkNote, checkPurchaseOrder, documentEmails } from './invoice-settings.ts';
import { issueInvoice } from './invoices.ts';
import { buildQuote } from './quote.ts';
import { cardToPay, toOrderView } from './views.ts';

export interface OrderRequest {
  idempotencyKey: string;
  cardId?: string | undefined;
  /** Absent: the account's purchase-order number; empty: none. */
  purchaseOrder?: string | undefined;
  note?: string | undefined;
}

export async function placeOrder(ctx: CommandContext, actor: User, request: OrderRequest): Promise<HandlerOutcome<OrderView>> {
  const { tables, ports } = ctx;
  const { idempotencyKey, cardId } = request;
  const earlier = [...tables.orders.values()].find((o) => o.idempotencyKey === idempotencyKey);
  if (earlier) return { ok: true, value: toOrderView(earlier, tables) };
  const po = checkPurchaseOrder(request.purchaseOrder ?? tables.account.get('account')?.invoiceSettings?.purchaseOrder);
  const note = checkNote(request.note);
  if (!po.ok || !note.ok) return failure('invalid_input', 'errors.invalidInput', undefined, { ...(po.ok ? {} : po.errors), ...(note.ok ? {} : note.errors) });
  const references = { ...(po.value ? { purchaseOrder: po.value } : {}), ...(note.value ? { note: note.value } : {}) };
  const cart = tables.carts.get(actor.id);
  const allowed = mayOrder(ctx.caps, tables, cart?.lines ?? []);
  if (!allowed.ok) return allowed;
  const quoted = buildQuote(tables, cart?.lines ?? [], ctx.now);
  if (!quoted.ok) return quoted;
  const quote = quoted.value;
  const account = tables.account.get('account')!;
  if (account.status === 'past_due' && quote.amountDue > 0) return failure('conflict', 'errors.billing.pastDue');
  const chosen = cardToPay(tables, cardId);
  if (!chosen.ok) return failure('not_found', 'errors.card.notFound');
  const card = chosen.card;
  if (quote.amountDue > 0 && !card) return failure('invalid_input', 'errors.billing.cardNeeded');

  const at = quote.at;
  const order: Order = {
    id: ports.ids.next('ord'),
    idempotencyKey,
    placedAt: at,
    placedBy: actor.id,
    status: 'placed',
    lines: cart!.lines,
    currency: quote.currency,
    total: quote.total,
    amountDue: quote.amountDue,
    ...references,
  };
  if (quote.amountDue > 0 && card) {
    const charge = await ports.gateway.charge({ token: card.token, amount: quote.amountDue, currency: quote.currency, idempotencyKey });
    if (!charge.ok) {
      const failed: Order = { ...order, status: 'failed', failureReason: charge.reason };
      return {
        ok: true,
        value: toOrderView(failed, tables),
        changes: [put('orders', failed.id, failed), auditChange(ctx, 'order.failed', { type: 'order', id: failed.id }, null, { reason: enumOf('paymentFailure', charge.reason), amountDue: money(quote.amountDue, quote.currency) })],
      };
    }
  }
  if (quote.lines.length === 0 && quote.subscriptions.length === 0) {
    // The cart's changes cancel out: nothing is charged, invoiced or changed; the cart is emptied.
    const nothing: Order = { ...order, status: 'paid' };
    return {
      ok: true,
      value: toOrderView(nothing, tables),
      changes: [put('orders', nothing.id, nothing), del('carts', actor.id), auditChange(ctx, 'order.placed', { type: 'order', id: nothing.id }, null, { total: money(0, quote.currency), amountDue: money(0, quote.currency), lines: count(cart!.lines.length) })],
    };
  }
  const issued = issueInvoice(tables, ports.ids, { lines: quote.lines, at, source: 'order', orderId: order.id, paid: quote.amountDue, ...references });
  const paid: Order = { ...order, status: 'paid', invoiceId: issued.invoice.id };
  const changes: Change[] = [...issued.changes, ...subscriptionChanges(tables, ports.ids, quote), put('orders', paid.id, paid), del('carts', actor.id)];
  if (quote.amountDue > 0 && card) {
    const payment: Payment = { id: ports.ids.next('pay'), invoiceId: issued.invoice.id, at, amount: quote.amountDue, currency: quote.currency, method: `${card.brand} •••• ${card.last4}`, status: 'succeeded' };
    changes.push(put('payments', payment.id, payment));
  }
  const email = billingEmail(ctx, actor, 'order_confirmation', { invoice: issued.invoice.number, total: issued.invoice.total, currency: quote.currency, lines: quote.lines });
  changes.push(
    put('outbox', email.id, email),
    ...documentEmails(ctx, issued.invoice),
    auditChange(ctx, 'order.placed', { type: 'order', id: paid.id }, null, { total: money(quote.total, quote.currency), amountDue: money(quote.amountDue, quote.currency), invoice: ref('invoice', issued.invoice.id, issued.invoice.number), lines: count(cart!.lines.length) }),
  );
  return { ok: true, value: toOrderView(paid, tables, issued.invoice.number), changes };
}
