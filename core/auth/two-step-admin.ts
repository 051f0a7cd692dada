/**
 * Two-step sign-in as administrators handle it: the account's policy (super administrators), and the
 * reset of someone's enrolment when they lost their phone and their recovery codes (whoever manages
 * users; a super administrator's needs someone who manages roles). Both audited; a reset is emailed.
 */
import type { HandlerMap } from '../app/handler.ts';
import { auditChange } from '../audit/record.ts';
import { flag } from '../audit/values.ts';
import { put } from '../model/changes.ts';
import type { Account, User } from '../model/records.ts';
import { renderEmail } from '../notifications/render-email.ts';
import { failure } from '../result.ts';
import { refuseSuperAdminTargets } from '../users/guards.ts';
import { fullName } from '../users/views.ts';

const securityView = (account: Account) => ({ requireTwoStepForAdmins: account.security?.requireTwoStepForAdmins ?? false });

export const twoStepAdminHandlers: HandlerMap<'users.resetTwoStep' | 'account.security' | 'account.setSecurity'> = {
  'users.resetTwoStep'(input, ctx) {
    const user = ctx.tables.users.get(input.userId);
    if (!user) return failure('not_found', 'errors.users.notFound', { userId: input.userId });
    // One's own is turned off with a current code (My Account), never reset without one.
    if (user.id === ctx.actor?.id) return failure('forbidden', 'access.twoStep.errors.notYourself');
    const refused = refuseSuperAdminTargets(ctx, [user]);
    if (refused) return refused;
    if (!user.twoStep && !user.twoStepPending) return failure('conflict', 'access.twoStep.errors.notEnrolledName', { name: fullName(user) });
    const { twoStep: _key, twoStepPending: _pending, ...rest } = user;
    const next: User = { ...rest, updatedAt: ctx.now.toISOString() };
    const mail = renderEmail(ctx, next, 'two_step_reset', 'access.email.twoStepReset', { admin: ctx.actor ? fullName(ctx.actor) : '' });
    const audit = auditChange(ctx, 'user.two_step.reset', { type: 'user', id: user.id }, { twoStep: flag(!!user.twoStep) }, { twoStep: flag(false) });
    return { ok: true, value: { done: true }, changes: [put('users', next.id, next), put('outbox', mail.id, mail), audit] };
  },

  'account.security'(_input, ctx) {
    return { ok: true, value: securityView(ctx.account!) };
  },

  /** Turning the policy on needs the super administrator enrolled first: nobody locks themselves into it unawares. */
  'account.setSecurity'(input, ctx) {
    const account = ctx.account!;
    const before = securityView(account);
    if (before.requireTwoStepForAdmins === input.requireTwoStepForAdmins) return { ok: true, value: before };
    if (input.requireTwoStepForAdmins && !ctx.actor?.twoStep) return failure('conflict', 'access.twoStep.errors.enrolYourselfFirst');
    const next: Account = { ...account, security: { requireTwoStepForAdmins: input.requireTwoStepForAdmins } };
    const audit = auditChange(ctx, 'account.security.updated', { type: 'account', id: account.id }, { requireTwoStep: flag(before.requireTwoStepForAdmins) }, { requireTwoStep: flag(input.requireTwoStepForAdmins) });
    return { ok: true, value: securityView(next), changes: [put('account', 'account', next), audit] };
  },
};
