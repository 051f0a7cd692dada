/** Emails about a user's own account, rendered in the user's language and time zone. */
import type { CommandContext } from '../app/handler.ts';
import { formatDateTime } from '../i18n/format.ts';
import { translate } from '../i18n/translate.ts';
import type { OutboxEmail, User } from '../model/records.ts';
import { fullName } from '../users/views.ts';

export function passwordChangedEmail(ctx: CommandContext, user: User): OutboxEmail {
  const params = {
    name: fullName(user),
    account: ctx.account?.name ?? '',
    when: formatDateTime(ctx.now, user.language, user.timeZone),
  };
  return {
    id: ctx.ports.ids.next('eml'),
    at: ctx.now.toISOString(),
    to: user.email,
    userId: user.id,
    template: 'password_changed',
    language: user.language,
    subject: translate(user.language, 'email.passwordChanged.subject', params),
    body: translate(user.language, 'email.passwordChanged.body', params),
  };
}
