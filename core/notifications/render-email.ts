/** Renders one outbox email in the recipient's language and time zone (SPEC §6: Notifications). */
import type { CommandContext } from '../app/handler.ts';
import { formatDateTime } from '../i18n/format.ts';
import { translate } from '../i18n/translate.ts';
import type { OutboxEmail, User } from '../model/records.ts';
import { fullName } from '../users/views.ts';

export function renderEmail(
  ctx: Pick<CommandContext, 'now' | 'ports' | 'tables'>,
  to: User,
  template: OutboxEmail['template'],
  key: string,
  params: Record<string, string | number> = {},
  when: Date | string = ctx.now,
): OutboxEmail {
  const all = { name: fullName(to), account: ctx.tables.account.get('account')?.name ?? '', when: formatDateTime(when, to.language, to.timeZone), ...params };
  return {
    id: ctx.ports.ids.next('eml'),
    at: ctx.now.toISOString(),
    to: to.email,
    userId: to.id,
    template,
    language: to.language,
    subject: translate(to.language, `${key}.subject`, all),
    body: translate(to.language, `${key}.body`, all),
  };
}
