/**
 * `billing.refund`: sends part or all of the credit balance back to a card it was paid with, as one
 * commit — the refund record, the lower credit balance, the audit entry and the email. Idempotent: the
 * same key returns the first refund and never refunds twice.
 */
import type { CommandContext, HandlerOutcome } from '../app/handler.ts';
import { auditChange } from '../audit/record.ts';
import { cardLabel } from '../audit/address-line.ts';
import { money, ref, text } from '../audit/values.ts';
import { formatMoney } from '../i18n/format.ts';
import { put } from '../model/changes.ts';
import type { Payment } from '../model/records.ts';
import { failure } from '../result.ts';
import type { RefundView } from '../schemas/billing.ts';
import { refundEmail } from './emails.ts';
import { cardMethod, checkRefund, refundedInvoice, refundOptions } from './refunds.ts';
import type { Tables } from '../model/changes.ts';

type Input = { cardId: string; amount: number; currency: 'EUR' | 'USD'; idempotencyKey: string };

const refundId = (key: string) => `rfd_${key}`;

function toRefundView(refund: Payment, tables: Tables, creditBalance: number): RefundView {
  const [brand = '', , last4 = ''] = refund.method.split(' ');
  return {
    id: refund.id,
    at: refund.at,
    amount: -refund.amount,
    currency: refund.currency,
    card: { brand, last4 },
    invoiceNumber: tables.invoices.get(refund.invoiceId)?.number ?? '',
    creditBalance,
    options: refundOptions(tables),
  };
}

export async function refundCredit(ctx: CommandContext, input: Input): Promise<HandlerOutcome<RefundView>> {
  const { tables } = ctx;
  const earlier = tables.payments.get(refundId(input.idempotencyKey));
  if (earlier) return { ok: true, value: toRefundView(earlier, tables, ctx.account!.creditBalance) };
  const problem = checkRefund(tables, input);
  if (problem) {
    const language = ctx.actor?.language ?? 'en';
    const params = 'params' in problem && problem.params ? { max: formatMoney(problem.params.max ?? 0, input.currency, language) } : undefined;
    return failure(problem.code, problem.key, params);
  }
  const account = ctx.account!;
  const card = tables.cards.get(input.cardId)!;
  const invoiceId = refundedInvoice(tables, card) ?? '';
  const refunded = await ctx.ports.gateway.refund({ token: card.token, amount: input.amount, currency: input.currency, idempotencyKey: input.idempotencyKey });
  if (!refunded.ok) return failure('conflict', `errors.refund.declined.${refunded.reason}`);

  const at = ctx.now.toISOString();
  const refund: Payment = { id: refundId(input.idempotencyKey), invoiceId, at, amount: -input.amount, currency: input.currency, method: cardMethod(card), status: 'succeeded' };
  const creditBalance = account.creditBalance - input.amount;
  const invoice = tables.invoices.get(invoiceId)?.number ?? '';
  const email = refundEmail(ctx, ctx.actor!, { amount: input.amount, currency: input.currency, card: cardMethod(card), invoice });
  const audit = auditChange(ctx, 'billing.refund_issued', { type: 'account', id: account.id }, { creditBalance: money(account.creditBalance, account.currency) }, { creditBalance: money(creditBalance, account.currency), refunded: money(input.amount, input.currency), card: text(cardLabel(card)), invoice: invoice ? ref('invoice', invoiceId, invoice) : null });
  const changes = [put('payments', refund.id, refund), put('account', 'account', { ...account, creditBalance }), put('outbox', email.id, email), audit];
  // The view after the commit: the options as they will be once the refund is recorded.
  const after: Tables = { ...tables, account: new Map([['account', { ...account, creditBalance }]]), payments: new Map([...tables.payments, [refund.id, refund]]) };
  return { ok: true, value: toRefundView(refund, after, creditBalance), changes };
}
