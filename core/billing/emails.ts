/** Billing emails, rendered in the recipient's language and time zone and kept in the outbox. */
import type { CommandContext } from '../app/handler.ts';
import { formatDateTime, formatMoney } from '../i18n/format.ts';
import { translate } from '../i18n/translate.ts';
import type { OutboxEmail, User } from '../model/records.ts';
import { fullName } from '../users/views.ts';

type Template = 'order_confirmation' | 'payment_failed';
const KEYS: Record<Template, string> = { order_confirmation: 'email.orderConfirmation', payment_failed: 'email.paymentFailed' };

export function billingEmail(
  ctx: Pick<CommandContext, 'now' | 'ports' | 'tables'>,
  to: User,
  template: Template,
  data: { invoice: string; total: number; currency: string; reasonKey?: string; at?: string },
): OutboxEmail {
  const lang = to.language;
  const amount = formatMoney(data.total, data.currency, lang);
  const params = {
    name: fullName(to),
    account: ctx.tables.account.get('account')?.name ?? '',
    when: formatDateTime(data.at ?? ctx.now.toISOString(), lang, to.timeZone),
    invoice: data.invoice,
    total: amount,
    amount,
    reason: data.reasonKey ? translate(lang, data.reasonKey) : '',
  };
  return {
    id: ctx.ports.ids.next('eml'),
    at: ctx.now.toISOString(),
    to: to.email,
    userId: to.id,
    template,
    language: lang,
    subject: translate(lang, `${KEYS[template]}.subject`, params),
    body: translate(lang, `${KEYS[template]}.body`, params),
  };
}
