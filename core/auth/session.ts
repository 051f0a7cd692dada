import type { CommandContext } from '../app/handler.ts';
import type { Account, User } from '../model/records.ts';
import { capabilities } from '../permissions/matrix.ts';
import type { Session } from '../schemas/auth.ts';
import { toMe } from '../users/views.ts';

export function buildSession(user: User, account: Account, ctx: Pick<CommandContext, 'tables'>): Session {
  return {
    user: toMe(user, ctx.tables.roles),
    permissions: [...capabilities(user, account, ctx.tables.roles)].sort(),
    account: { id: account.id, name: account.name, billingMode: account.billingMode, status: account.status, reactivationState: account.reactivation?.state ?? null },
  };
}
