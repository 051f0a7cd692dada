/** Billing emails, kept in the outbox. */
import type { CommandContext } from '../app/handler.ts';
import { formatMoney } from '../i18n/format.ts';
import { translate } from '../i18n/translate.ts';
import type { OutboxEmail, User } from '../model/records.ts';
import { renderEmail } from '../notifications/render-email.ts';

type Template = 'order_confirmation' | 'payment_failed';
const KEYS: Record<Template, string> = { order_confirmation: 'email.orderConfirmation', payment_failed: 'email.paymentFailed' };

export function billingEmail(
  ctx: Pick<CommandContext, 'now' | 'ports' | 'tables'>,
  to: User,
  template: Template,
  data: { invoice: string; total: number; currency: string; reasonKey?: string; at?: string },
): OutboxEmail {
  const amount = formatMoney(data.total, data.currency, to.language);
  const reason = data.reasonKey ? translate(to.language, data.reasonKey) : '';
  return renderEmail(ctx, to, template, KEYS[template], { invoice: data.invoice, total: amount, amount, reason }, data.at ?? ctx.now);
}

/** The refund receipt. */
export function refundEmail(
  ctx: Pick<CommandContext, 'now' | 'ports' | 'tables'>,
  to: User,
  data: { amount: number; currency: string; card: string; invoice: string },
): OutboxEmail {
  const amount = formatMoney(data.amount, data.currency, to.language);
  return renderEmail(ctx, to, 'refund_issued', 'email.refundIssued', { amount, card: data.card, invoice: data.invoice });
}
