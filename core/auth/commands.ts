import type { HandlerMap } from '../app/handler.ts';
import { failure } from '../result.ts';
import { findByEmail } from '../users/views.ts';
import { checkPassword } from './password-check.ts';
import { recoveryHandlers } from './recovery.ts';
import { buildSession } from './session.ts';
import { issueChallenge, secondStepHandlers } from './two-step.ts';
import { put } from '../model/changes.ts';
import type { User } from '../model/records.ts';
import { recordSignIn } from '../sign-ins/record.ts';

export const authHandlers: HandlerMap<'auth.signIn' | 'auth.secondStep' | 'auth.signOut' | 'auth.session' | 'auth.acceptInvitation' | 'auth.requestPasswordReset' | 'auth.resetPassword'> = {
  ...recoveryHandlers,
  ...secondStepHandlers,
  /**
   * Unknown emails take the same path (a dummy hash, the same counters and waits): nothing says
   * whether an email exists. Every outcome goes to the sign-in log (core/sign-ins/record.ts); an
   * enrolled user's is logged by the second step.
   */
  async 'auth.signIn'(input, ctx) {
    const found = findByEmail(ctx.tables.users, input.email);
    const account = ctx.tables.account.get('account');
    const check = await checkPassword(ctx, input.email, found, input.password);
    const attempt = { email: input.email, user: found, method: 'password' } as const;
    if (!check.ok) {
      const refusal = check.failure ?? { code: 'unauthenticated' as const, key: 'errors.auth.badCredentials' };
      const logged = recordSignIn(ctx, { ...attempt, outcome: 'failed', reason: check.early ? 'locked' : 'wrong_password' });
      return { ok: false, failure: refusal, changes: [...check.changes, ...logged] };
    }
    const user = check.user;
    if (!account) return failure('unauthenticated', 'errors.auth.badCredentials');
    if (user.status !== 'active') {
      return { ok: false, failure: { code: 'forbidden', key: 'errors.auth.deactivated' }, changes: recordSignIn(ctx, { ...attempt, outcome: 'failed', reason: 'deactivated' }) };
    }
    if (found?.twoStep) {
      // The second step is still to come: the failure count stays until it succeeds (a re-hashed password is still kept).
      const kept: User = { ...user, ...(found.passwordFailures ? { passwordFailures: found.passwordFailures } : {}) };
      return { ok: true, value: issueChallenge(ctx, kept, 'password'), signOut: true, changes: kept.passwordHash === found.passwordHash ? [] : [put('users', kept.id, kept)] };
    }
    const logged = recordSignIn(ctx, { ...attempt, outcome: 'succeeded' });
    return { ok: true, value: buildSession(user, account, ctx), signIn: user.id, changes: check.changes, log: logged };
  },

  'auth.signOut'() {
    return { ok: true, value: { done: true }, signOut: true };
  },

  'auth.session'(_input, ctx) {
    if (!ctx.actor || !ctx.account) return { ok: true, value: null };
    return { ok: true, value: buildSession(ctx.actor, ctx.account, ctx, ctx.enrolmentDue ?? false) };
  },
};
