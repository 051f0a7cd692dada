import type { CommandContext } from '../app/handler.ts';
import { formatDateTime } from '../i18n/format.ts';
import { translate } from '../i18n/translate.ts';
import type { OutboxEmail, User } from '../model/records.ts';
import { fullName } from '../users/views.ts';

export function accountEmail(ctx: Pick<CommandContext, 'now' | 'ports' | 'tables'>, to: User, template: 'account_cancelled'): OutboxEmail {
  const params = { name: fullName(to), account: ctx.tables.account.get('account')?.name ?? '', when: formatDateTime(ctx.now, to.language, to.timeZone) };
  return {
    id: ctx.ports.ids.next('eml'),
    at: ctx.now.toISOString(),
    to: to.email,
    userId: to.id,
    template,
    language: to.language,
    subject: translate(to.language, 'email.accountCancelled.subject', params),
    body: translate(to.language, 'email.accountCancelled.body', params),
  };
}
