/**
 * Renewal: when a period ends, the next one is invoiced and charged (credit balance first). One
 * renewal is one commit, so an app closed for months catches up exactly once per period, in order,
 * across restarts. A failed charge leaves the invoice open and puts the account in past_due.
 */
import type { CommandContext } from '../app/handler.ts';
import { auditChange } from '../audit/record.ts';
import { instant, ref } from '../audit/values.ts';
import { put, type Change } from '../model/changes.ts';
import type { Payment, Subscription } from '../model/records.ts';
import { billingEmail } from './emails.ts';
import { documentEmails } from './invoice-settings.ts';
import { issueInvoice } from './invoices.ts';
import { addIntervals } from './periods.ts';
import { renewalLines } from './reminders.ts';
import { defaultCard } from './views.ts';

/** The subscription whose period ended first, if any is due at `now`. */
export function nextDue(ctx: Pick<CommandContext, 'tables'>, now: Date): Subscription | undefined {
  const account = ctx.tables.account.get('account');
  if (!account || account.status === 'cancelled') return undefined;
  let due: Subscription | undefined;
  for (const sub of ctx.tables.subscriptions.values()) {
    if (!sub.autoRenew || new Date(sub.periodEnd) > now) continue;
    if (!due || sub.periodEnd < due.periodEnd) due = sub;
  }
  return due;
}

export async function renewOnce(ctx: CommandContext, sub: Subscription): Promise<Change[]> {
  const { tables, ports } = ctx;
  const account = tables.account.get('account')!;
  const timeZone = account.timeZone;
  const at = sub.periodEnd;
  const index = sub.periodIndex + 1;
  const lines = renewalLines(sub, timeZone);
  const periodEnd = lines[0]?.periodEnd ?? addIntervals(sub.anchorAt, sub.interval, index + 1, timeZone);
  // A renewal carries the account's purchase-order number as it stands when the period renews.
  const purchaseOrder = account.invoiceSettings?.purchaseOrder;
  const probe = issueInvoice(tables, ports.ids, { lines, at, source: 'renewal', paid: 0, ...(purchaseOrder ? { purchaseOrder } : {}) });
  const due = probe.invoice.amountDue;
  const card = defaultCard(tables);
  let paid = 0;
  let failure: string | undefined;
  if (due > 0) {
    const charge = card
      ? await ports.gateway.charge({ token: card.token, amount: due, currency: account.currency, idempotencyKey: `renew_${sub.id}_${index}` })
      : ({ ok: false, reason: 'card_declined' } as const);
    if (charge.ok) paid = due;
    else failure = charge.reason;
  }
  const issued = paid ? issueInvoice(tables, ports.ids, { lines, at, source: 'renewal', paid, ...(purchaseOrder ? { purchaseOrder } : {}) }) : probe;
  const changes: Change[] = [...issued.changes, ...documentEmails(ctx, issued.invoice), put('subscriptions', sub.id, { ...sub, periodStart: at, periodEnd, periodIndex: index })];
  if (due > 0) {
    const method = card ? `${card.brand} •••• ${card.last4}` : '—';
    const payment: Payment = { id: ports.ids.next('pay'), invoiceId: issued.invoice.id, at, amount: due, currency: account.currency, method, status: failure ? 'failed' : 'succeeded', ...(failure ? { failureReason: failure } : {}) };
    changes.push(put('payments', payment.id, payment));
  }
  if (failure) {
    const latest = changes.find((c) => c.coll === 'account' && c.op === 'put');
    const base = latest && latest.op === 'put' ? (latest.value as typeof account) : account;
    changes.push(put('account', 'account', { ...base, status: 'past_due' }));
    for (const contact of [...tables.users.values()].filter((u) => u.billingContact && u.status === 'active')) {
      const email = billingEmail(ctx, contact, 'payment_failed', { invoice: issued.invoice.number, total: due, currency: account.currency, reasonKey: `errors.payment.${failure}`, at });
      changes.push(put('outbox', email.id, email));
    }
  }
  changes.push(auditChange(ctx, failure ? 'subscription.renewal_failed' : 'subscription.renewed', { type: 'subscription', id: sub.id }, { periodEnd: instant(sub.periodEnd) }, { periodEnd: instant(periodEnd), invoice: ref('invoice', issued.invoice.id, issued.invoice.number) }));
  return changes;
}
