import type { CommandContext } from '../app/handler.ts';
import type { OutboxEmail, User } from '../model/records.ts';
import { renderEmail } from '../notifications/render-email.ts';

export function accountEmail(ctx: Pick<CommandContext, 'now' | 'ports' | 'tables'>, to: User, template: 'account_cancelled'): OutboxEmail {
  return renderEmail(ctx, to, template, 'email.accountCancelled');
}
