/** Emails about a user's own account. */
import type { CommandContext } from '../app/handler.ts';
import type { OutboxEmail, User } from '../model/records.ts';
import { renderEmail } from '../notifications/render-email.ts';

export function passwordChangedEmail(ctx: CommandContext, user: User): OutboxEmail {
  return renderEmail(ctx, user, 'password_changed', 'email.passwordChanged', {}, ctx.now, { view: 'my-account' });
}
