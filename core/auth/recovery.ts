/**
 * Signing in without a password yet (an invitation's code) or without the one you had (a reset's
 * code). Both codes are checked like passwords: throttled on the same counters, every failure counted
 * and audited; a wrong, used or unknown code gets the same refusal. Asking for a reset answers the same
 * whether or not the email belongs to someone.
 */
import type { CommandContext, HandlerMap, HandlerOutcome } from '../app/handler.ts';
import { auditChange } from '../audit/record.ts';
import { enumOf, instant, optionalInstant } from '../audit/values.ts';
import { formatDateTime } from '../i18n/format.ts';
import { passwordChangedEmail } from '../me/emails.ts';
import { put } from '../model/changes.ts';
import type { OneTimeCode, SignInReason, User } from '../model/records.ts';
import { failure } from '../result.ts';
import type { Session } from '../schemas/auth.ts';
import { findByEmail } from '../users/views.ts';
import { checkCode, issueCode, RESET_RESEND_MS, SELF_RESET_MS } from './codes.ts';
import { passwordResetEmail } from './emails.ts';
import { checkNewPassword } from './password-policy.ts';
import { recordFailure, throttledFailure, throttleWait } from './password-check.ts';
import { buildSession } from './session.ts';
import { issueChallenge } from './two-step.ts';
import { recordSignIn } from '../sign-ins/record.ts';

type CodeInput = { email: string; code: string; newPassword: string; confirmPassword: string };
type Checked = { ok: true; user: User } | Extract<HandlerOutcome<never>, { ok: false }>;

/**
 * The user whose pending code (of `which` kind) this is, or the refusal; the new password is checked
 * too. A refusal for the code's sake goes to the sign-in log; one for the new password's does not
 * (the code was right: the form asks for a better password, nobody was refused).
 */
function checkCodeInput(ctx: CommandContext, input: CodeInput, which: 'invitation' | 'passwordReset'): Checked {
  const found = findByEmail(ctx.tables.users, input.email);
  const method = which === 'invitation' ? 'invitation_code' : 'reset_code';
  const failed = (reason: SignInReason) => recordSignIn(ctx, { email: input.email, user: found, method, outcome: 'failed', reason });
  const wait = throttleWait(ctx, input.email, found);
  if (wait > 0) return { ok: false, failure: throttledFailure(wait, 'code'), changes: failed('locked') };
  const expected = which === 'invitation' ? 'invited' : 'active';
  const stored: OneTimeCode | undefined = found?.status === expected ? found[which] : undefined;
  const check = checkCode(ctx, stored, input.code);
  if (check === 'wrong' || !found || !stored) {
    const refusal = recordFailure(ctx, input.email, found, 'code');
    const reason = found?.status === 'deactivated' ? 'deactivated' : 'wrong_code';
    return { ok: false, failure: refusal.failure ?? { code: 'invalid_input', key: 'access.errors.codeRefused', fields: { code: { key: 'access.errors.codeRefused' } } }, changes: [...refusal.changes, ...failed(reason)] };
  }
  if (check === 'expired') {
    const key = which === 'invitation' ? 'access.errors.invitationExpired' : 'access.errors.resetExpired';
    const refusal = failure('invalid_input', key, { date: formatDateTime(stored.expiresAt, found.language, found.timeZone), expiresAt: stored.expiresAt });
    return { ...refusal, changes: failed(which === 'invitation' ? 'invitation_expired' : 'reset_expired') };
  }
  const errors = checkNewPassword(input.newPassword, input.confirmPassword, found.email);
  if (Object.keys(errors).length) return failure('invalid_input', 'errors.invalidInput', undefined, errors);
  return { ok: true, user: found };
}

function signedIn(ctx: CommandContext, user: User): Session {
  const account = ctx.tables.account.get('account');
  if (!account) throw new Error('no account to sign in to');
  return buildSession(user, account, ctx);
}

export const recoveryHandlers: HandlerMap<'auth.acceptInvitation' | 'auth.requestPasswordReset' | 'auth.resetPassword'> = {
  /** The invitee's first sign-in: the code, then a password under the policy; active and signed in. */
  async 'auth.acceptInvitation'(input, ctx) {
    const checked = checkCodeInput(ctx, input, 'invitation');
    if (!checked.ok) return checked;
    const at = ctx.now.toISOString();
    const { invitation: _used, passwordFailures: _cleared, ...rest } = checked.user;
    const next: User = { ...rest, status: 'active', passwordHash: await ctx.ports.hasher.hash(input.newPassword), passwordChangedAt: at, invitationAcceptedAt: at, updatedAt: at };
    const audit = auditChange(ctx, 'user.invitation.accepted', { type: 'user', id: next.id }, { status: enumOf('status', 'invited') }, { status: enumOf('status', 'active'), passwordChangedAt: instant(at) });
    const logged = recordSignIn(ctx, { email: input.email, user: next, method: 'invitation_code', outcome: 'succeeded' });
    return { ok: true, value: signedIn(ctx, next), signIn: next.id, changes: [put('users', next.id, next), audit], log: logged };
  },

  /**
   * The same answer for every email. Only an active user gets a code (a new one replaces the last),
   * at most one email a minute; nothing else tells who has an account.
   */
  'auth.requestPasswordReset'(input, ctx) {
    const found = findByEmail(ctx.tables.users, input.email);
    const { code, stored } = issueCode(ctx, SELF_RESET_MS);
    const recent = found?.passwordReset && ctx.now.getTime() - Date.parse(found.passwordReset.sentAt) < RESET_RESEND_MS;
    if (!found || found.status !== 'active' || recent) return { ok: true, value: { done: true } };
    const next: User = { ...found, passwordReset: stored };
    const mail = passwordResetEmail({ ...ctx, actor: undefined }, next, code, stored);
    const audit = auditChange(ctx, 'user.password.reset_sent', { type: 'user', id: found.id }, null, { resetExpiresAt: instant(stored.expiresAt) });
    return { ok: true, value: { done: true }, changes: [put('users', next.id, next), put('outbox', mail.id, mail), audit] };
  },

  /** A new password by a reset's code: every other session of the user ends; this one is signed in. */
  async 'auth.resetPassword'(input, ctx) {
    const checked = checkCodeInput(ctx, input, 'passwordReset');
    if (!checked.ok) return checked;
    const at = ctx.now.toISOString();
    const { passwordReset: _used, passwordFailures: _cleared, ...rest } = checked.user;
    // Enrolled in two-step sign-in: the emailed code proves the email, not the second step; its failure count stays.
    const kept = checked.user.twoStep && checked.user.passwordFailures ? { passwordFailures: checked.user.passwordFailures } : {};
    const next: User = { ...rest, ...kept, passwordHash: await ctx.ports.hasher.hash(input.newPassword), passwordChangedAt: at, sessionGeneration: (rest.sessionGeneration ?? 0) + 1, updatedAt: at };
    const mail = passwordChangedEmail(ctx, next);
    const audit = auditChange(ctx, 'user.password.reset', { type: 'user', id: next.id }, { passwordChangedAt: optionalInstant(checked.user.passwordChangedAt) }, { passwordChangedAt: instant(at) });
    const changes = [put('users', next.id, next), put('outbox', mail.id, mail), audit];
    // Enrolled: the sign-in is logged by its second step (succeeded or second_step_failed).
    if (next.twoStep) return { ok: true, value: issueChallenge(ctx, next, 'reset_code'), signOut: true, changes };
    const logged = recordSignIn(ctx, { email: input.email, user: next, method: 'reset_code', outcome: 'succeeded' });
    return { ok: true, value: signedIn(ctx, next), signIn: next.id, changes, log: logged };
  },
};
