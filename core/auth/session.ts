import type { CommandContext } from '../app/handler.ts';
import type { Account, User } from '../model/records.ts';
import { capabilities } from '../permissions/matrix.ts';
import type { Session } from '../schemas/auth.ts';
import { toMe } from '../users/views.ts';
import { enrolmentDue } from './two-step-policy.ts';

/**
 * `mustEnrol`: the account's policy asks this user for two-step sign-in and they have not enrolled
 * (by default as of now, at sign-in; a session signed in before the policy keeps its own answer).
 */
export function buildSession(user: User, account: Account, ctx: Pick<CommandContext, 'tables'>, mustEnrol = enrolmentDue(user, account)): Session {
  return {
    mustEnrolTwoStep: mustEnrol,
    user: toMe(user, ctx.tables.roles),
    permissions: [...capabilities(user, account, ctx.tables.roles)].sort(),
    account: { id: account.id, name: account.name, billingMode: account.billingMode, status: account.status, reactivationState: account.reactivation?.state ?? null },
  };
}
