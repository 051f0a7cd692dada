/** Billing emails, kept in the outbox. */
import type { CommandContext } from '../app/handler.ts';
import { formatMoney } from '../i18n/format.ts';
import { translate } from '../i18n/translate.ts';
import { findPlan, findProduct } from '../catalog/catalog.ts';
import type { InvoiceLine, Language, OutboxEmail, User } from '../model/records.ts';
import { renderEmail } from '../notifications/render-email.ts';
import { documentNumberSchema, type AppRoute } from '../schemas/links.ts';

/** The invoice's route, when the number is one (a refund of credit not tied to an invoice has none). */
function invoiceRoute(number: string): AppRoute | undefined {
  return documentNumberSchema.safeParse(number).success ? { view: 'invoice', number } : undefined;
}

type Template = 'order_confirmation' | 'payment_failed';
const KEYS: Record<Template, string> = { order_confirmation: 'email.orderConfirmation', payment_failed: 'email.paymentFailed' };

export function billingEmail(
  ctx: Pick<CommandContext, 'now' | 'ports' | 'tables'>,
  to: User,
  template: Template,
  data: { invoice: string; total: number; currency: string; reasonKey?: string; at?: string; lines?: readonly InvoiceLine[] },
): OutboxEmail {
  const amount = formatMoney(data.total, data.currency, to.language);
  const reason = data.reasonKey ? translate(to.language, data.reasonKey) : '';
  const items = orderItems(data.lines ?? [], data.currency, to.language);
  return renderEmail(ctx, to, template, KEYS[template], { invoice: data.invoice, total: amount, amount, reason, items }, data.at ?? ctx.now, invoiceRoute(data.invoice));
}

/** What an order bought, one line per invoice line: "– Meetings Business: 5 × €14.00 = €70.00" (credits say so). */
export function orderItems(lines: readonly InvoiceLine[], currency: string, language: Language): string {
  return lines
    .map((l) => {
      const product = translate(language, `ui.products.${l.productId}`, { defaultValue: findProduct(l.productId)?.name ?? l.productId });
      const item = `${product} ${findPlan(l.planId)?.name ?? ''}`.trim();
      const credit = l.kind === 'credit' ? `${translate(language, 'ui.billing.quote.credit')} · ` : '';
      const money = (minor: number) => formatMoney(minor, currency, language);
      return `– ${credit}${item}: ${Math.abs(l.quantity)} × ${money(l.unitAmount)} = ${money(l.amount)}`;
    })
    .join('\n');
}

/** The refund receipt. */
export function refundEmail(
  ctx: Pick<CommandContext, 'now' | 'ports' | 'tables'>,
  to: User,
  data: { amount: number; currency: string; card: string; invoice: string },
): OutboxEmail {
  const amount = formatMoney(data.amount, data.currency, to.language);
  return renderEmail(ctx, to, 'refund_issued', 'email.refundIssued', { amount, card: data.card, invoice: data.invoice }, ctx.now, invoiceRoute(data.invoice));
}
