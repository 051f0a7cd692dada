/** Pending payments (SPEC §3): open invoices left by failed renewals, charged again on request. */
import type { CommandContext, HandlerOutcome } from '../app/handler.ts';
import { auditChange } from '../audit/record.ts';
import { enumOf, money } from '../audit/values.ts';
import { put, type Change } from '../model/changes.ts';
import type { Payment } from '../model/records.ts';
import { failure } from '../result.ts';
import { outstanding, paidByInvoice } from '../billing/transactions.ts';
import { cardToPay } from '../billing/views.ts';
import { receiptEmails } from '../billing/invoice-settings.ts';

export function pendingInvoices(ctx: Pick<CommandContext, 'tables'>) {
  const paid = paidByInvoice(ctx.tables);
  const invoices = [...ctx.tables.invoices.values()]
    .map((invoice) => ({ invoice, due: outstanding(invoice, ctx.tables, paid) }))
    .filter((x) => x.due > 0)
    .sort((a, b) => a.invoice.issuedAt.localeCompare(b.invoice.issuedAt));
  return {
    invoices: invoices.map(({ invoice, due }) => ({ id: invoice.id, number: invoice.number, issuedAt: invoice.issuedAt, outstanding: due, currency: invoice.currency })),
    total: invoices.reduce((sum, x) => sum + x.due, 0),
  };
}

/** Charges every pending amount with the chosen card on file (else the default card), all or nothing. */
export async function applyPending(ctx: CommandContext, cardId?: string): Promise<HandlerOutcome<{ paid: number; status: 'active' | 'past_due' | 'cancelled' }>> {
  const account = ctx.account!;
  const chosen = cardToPay(ctx.tables, cardId);
  if (!chosen.ok) return failure('not_found', 'errors.card.notFound');
  const pending = pendingInvoices(ctx);
  if (pending.total === 0) return { ok: true, value: { paid: 0, status: account.status } };
  const card = chosen.card;
  if (!card) return failure('invalid_input', 'errors.billing.cardNeeded');
  // One attempt per card, invoices and instant: a retry with another card is a new charge.
  const key = `pending_${card.id}_${pending.invoices.map((i) => i.id).join('_')}_${ctx.now.getTime()}`;
  const charge = await ctx.ports.gateway.charge({ token: card.token, amount: pending.total, currency: account.currency, idempotencyKey: key });
  if (!charge.ok) return failure('conflict', `errors.payment.${charge.reason}`);
  const at = ctx.now.toISOString();
  const payments: Payment[] = pending.invoices.map((i) => ({ id: ctx.ports.ids.next('pay'), invoiceId: i.id, at, amount: i.outstanding, currency: i.currency, method: `${card.brand} •••• ${card.last4}`, status: 'succeeded' }));
  const changes: Change[] = [...payments.map((p) => put('payments', p.id, p)), ...receiptEmails(ctx, payments)];
  const status = account.status === 'past_due' ? 'active' : account.status;
  changes.push(put('account', 'account', { ...account, status }));
  changes.push(auditChange(ctx, 'payments.pending_applied', { type: 'account', id: account.id }, { status: enumOf('status', account.status) }, { status: enumOf('status', status), paid: money(pending.total, account.currency) }));
  return { ok: true, value: { paid: pending.total, status }, changes };
}
