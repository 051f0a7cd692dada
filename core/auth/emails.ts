/** The emails that carry a one-time code: each code appears in its one email and nowhere else. */
import type { CommandContext } from '../app/handler.ts';
import { formatDateTime } from '../i18n/format.ts';
import type { OneTimeCode, OutboxEmail, User } from '../model/records.ts';
import { renderEmail } from '../notifications/render-email.ts';
import { fullName } from '../users/views.ts';

type Ctx = Pick<CommandContext, 'now' | 'ports' | 'tables' | 'actor'>;

export function invitationEmail(ctx: Ctx, user: User, code: string, stored: OneTimeCode): OutboxEmail {
  const inviter = ctx.actor ? fullName(ctx.actor) : '';
  return renderEmail(ctx, user, 'invitation', 'access.email.invitation', { code, inviter, expires: formatDateTime(stored.expiresAt, user.language, user.timeZone), email: user.email });
}

export function passwordResetEmail(ctx: Ctx, user: User, code: string, stored: OneTimeCode): OutboxEmail {
  const key = ctx.actor ? 'access.email.passwordResetByAdmin' : 'access.email.passwordReset';
  const admin = ctx.actor ? fullName(ctx.actor) : '';
  return renderEmail(ctx, user, 'password_reset', key, { code, admin, expires: formatDateTime(stored.expiresAt, user.language, user.timeZone), email: user.email });
}
