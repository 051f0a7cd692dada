/**
 * Refunds (SPEC §3: "every charge, payment, credit and refund"). Credit the account holds — from credit
 * notes when seats are removed or a plan changes mid-term (SPEC §4: "a net credit goes to the credit
 * balance") — may be sent back, on a billing contact's request, to a card it was paid with. Never more
 * than the credit balance, nor more than that card paid net of earlier refunds; not while charges are
 * pending; in the account's currency. The gateway refunds first; a decline changes nothing.
 *
 * A refund is kept as a payment record with a negative amount: the money moved back to the card. Net
 * payments (payments − refunds) are then the sum of the amounts, and what an invoice was paid counts
 * only the positive ones (a refund returns credit; it does not reopen the invoice it points to).
 */
import type { Tables } from '../model/changes.ts';
import type { Card, Payment } from '../model/records.ts';
import type { RefundOptions } from '../schemas/billing.ts';
import { outstanding, paidByInvoice } from './transactions.ts';

export const isRefund = (payment: Payment): boolean => payment.amount < 0;

/** How the gateway names a card on payments: "visa •••• 4242". */
export const cardMethod = (card: Pick<Card, 'brand' | 'last4'>): string => `${card.brand} •••• ${card.last4}`;

/** What each card paid, net of what was refunded to it, by its method name. */
export function netPaidByMethod(tables: Tables): Map<string, number> {
  const net = new Map<string, number>();
  for (const p of tables.payments.values()) if (p.status === 'succeeded') net.set(p.method, (net.get(p.method) ?? 0) + p.amount);
  return net;
}

function hasPendingCharges(tables: Tables): boolean {
  const paid = paidByInvoice(tables);
  for (const invoice of tables.invoices.values()) if (outstanding(invoice, tables, paid) > 0) return true;
  return false;
}

/** What may be refunded now, per card on file. */
export function refundOptions(tables: Tables): RefundOptions {
  const credit = tables.account.get('account')?.creditBalance ?? 0;
  const blocked = credit > 0 && hasPendingCharges(tables);
  const net = netPaidByMethod(tables);
  const cards = [...tables.cards.values()].map((card) => ({
    cardId: card.id,
    brand: card.brand,
    last4: card.last4,
    refundable: blocked ? 0 : Math.max(0, Math.min(credit, net.get(cardMethod(card)) ?? 0)),
  }));
  return { available: Math.max(0, ...cards.map((c) => c.refundable)), cards, blockedBy: blocked ? 'pending_charges' : null };
}

/** The latest invoice the card paid: the charge the refund goes back against. */
export function refundedInvoice(tables: Tables, card: Card): string | undefined {
  const method = cardMethod(card);
  let latest: Payment | undefined;
  for (const p of tables.payments.values()) {
    if (p.status === 'succeeded' && p.amount > 0 && p.method === method && (!latest || p.at >= latest.at)) latest = p;
  }
  return latest?.invoiceId;
}

export type RefundProblem =
  | { code: 'conflict'; key: 'errors.refund.pendingCharges' | 'errors.refund.noCredit' }
  | { code: 'invalid_input'; key: 'errors.refund.currency' | 'errors.refund.beyondCredit' | 'errors.refund.beyondPaid'; params?: Record<string, number> }
  | { code: 'not_found'; key: 'errors.refund.cardNotFound' };

/** Whether this refund may be asked of the gateway; the amounts in the answer are minor units. */
export function checkRefund(tables: Tables, request: { cardId: string; amount: number; currency: string }): RefundProblem | null {
  const account = tables.account.get('account');
  const card = tables.cards.get(request.cardId);
  if (!account || !card) return { code: 'not_found', key: 'errors.refund.cardNotFound' };
  if (request.currency !== account.currency) return { code: 'invalid_input', key: 'errors.refund.currency' };
  if (account.creditBalance <= 0) return { code: 'conflict', key: 'errors.refund.noCredit' };
  const options = refundOptions(tables);
  if (options.blockedBy) return { code: 'conflict', key: 'errors.refund.pendingCharges' };
  if (request.amount > account.creditBalance) return { code: 'invalid_input', key: 'errors.refund.beyondCredit', params: { max: account.creditBalance } };
  const refundable = options.cards.find((c) => c.cardId === card.id)?.refundable ?? 0;
  if (request.amount > refundable) return { code: 'invalid_input', key: 'errors.refund.beyondPaid', params: { max: refundable } };
  return null;
}
