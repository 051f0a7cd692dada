/**
 * Two-step sign-in: after the password (or a reset's code), an enrolled user gets a challenge, not a
 * session; the second step, with a code from their authenticator app or one of their recovery codes,
 * gives the session. A wrong second step counts on the same throttle as a wrong password, and the
 * password alone never clears that count for an enrolled user (else each right password would buy
 * three more guesses of the code). Refusals carry a typed `reason` for whoever records sign-ins.
 */
import type { CommandContext, HandlerMap } from '../app/handler.ts';
import { auditChange } from '../audit/record.ts';
import { count } from '../audit/values.ts';
import { put, type Change } from '../model/changes.ts';
import type { SignInMethod, User } from '../model/records.ts';
import type { Failure } from '../result.ts';
import type { SecondStep } from '../schemas/two-step.ts';
import { CHALLENGE_MS } from './challenges.ts';
import { recordFailure, throttledFailure, throttleWait } from './password-check.ts';
import { buildSession } from './session.ts';
import { recordSignIn } from '../sign-ins/record.ts';
import { checkTotp, type CodeRefusal } from './totp.ts';
import { openTwoStepKey } from './totp-key.ts';

/**
 * Why a second step was refused, as a typed value. `key_unavailable`: the user's key cannot be opened
 * on this host (another data key, a changed record): refused like a wrong code, and said plainly.
 */
export type SecondStepRefusal = CodeRefusal | 'key_unavailable' | 'wrong_recovery_code' | 'challenge_expired';

/** A new challenge for `user` (whose password was just right): the token goes to the client once, its digest stays here. */
export function issueChallenge(ctx: CommandContext, user: User, method: SignInMethod): SecondStep {
  // Two codes: 120 bits, more than enough for five minutes and one use.
  const challenge = `${ctx.ports.secrets.newCode()}-${ctx.ports.secrets.newCode()}`;
  const expiresAt = ctx.now.getTime() + CHALLENGE_MS;
  ctx.signIns.challenges.set(ctx.ports.secrets.digest(challenge), { userId: user.id, expiresAt, generation: user.sessionGeneration ?? 0, method });
  return { secondStep: { challenge, expiresAt: new Date(expiresAt).toISOString() } };
}

/** The index of a recovery code among the user's unused ones (-1: none). */
export function recoveryIndex(ctx: Pick<CommandContext, 'ports'>, user: User, typed: string): number {
  const digest = ctx.ports.secrets.digest(typed);
  return user.twoStep ? user.twoStep.recoveryDigests.indexOf(digest) : -1;
}

/** Ten new recovery codes: the codes to show once, their digests to keep. */
export function newRecoveryCodes(ctx: Pick<CommandContext, 'ports'>): { codes: string[]; digests: string[] } {
  const codes = Array.from({ length: 10 }, () => ctx.ports.secrets.newCode());
  return { codes, digests: codes.map((c) => ctx.ports.secrets.digest(c)) };
}

const REFUSAL_KEYS: Record<SecondStepRefusal, string> = {
  wrong_code: 'access.twoStep.errors.wrongCode',
  code_used: 'access.twoStep.errors.codeUsed',
  key_unavailable: 'access.twoStep.errors.keyUnavailable',
  wrong_recovery_code: 'access.twoStep.errors.wrongRecoveryCode',
  challenge_expired: 'access.twoStep.errors.challengeExpired',
};

export function secondStepFailure(reason: SecondStepRefusal): Failure {
  const key = REFUSAL_KEYS[reason];
  // An expired challenge is no wrong code: the form goes back to the password.
  return reason === 'challenge_expired' ? { code: 'invalid_input', key, params: { reason } } : { code: 'invalid_input', key, params: { reason }, fields: { code: { key } } };
}

type Checked = { ok: true; user: User; audit: Change[] } | { ok: false; reason: Exclude<SecondStepRefusal, 'challenge_expired'> };

/**
 * Checks a code or a recovery code; the user as they are after it (last step moved on, recovery code
 * spent). `key` is the user's opened key: null (it cannot be opened here) refuses every code.
 */
function checkSecondStep(ctx: CommandContext, user: User & { twoStep: NonNullable<User['twoStep']> }, key: string | null, code: string, kind: 'code' | 'recovery'): Checked {
  if (kind === 'code') {
    if (key === null) return { ok: false, reason: 'key_unavailable' };
    const check = checkTotp(key, code, ctx.now, user.twoStep.lastStep);
    return check.ok ? { ok: true, user: { ...user, twoStep: { ...user.twoStep, lastStep: check.step } }, audit: [] } : check;
  }
  const index = recoveryIndex(ctx, user, code);
  if (index < 0) return { ok: false, reason: 'wrong_recovery_code' };
  const recoveryDigests = user.twoStep.recoveryDigests.filter((_, i) => i !== index);
  const audit = auditChange(ctx, 'user.two_step.recovery_used', { type: 'user', id: user.id }, { recoveryCodes: count(recoveryDigests.length + 1) }, { recoveryCodes: count(recoveryDigests.length) });
  return { ok: true, user: { ...user, twoStep: { ...user.twoStep, recoveryDigests } }, audit: [audit] };
}

export const secondStepHandlers: HandlerMap<'auth.secondStep'> = {
  'auth.secondStep'(input, ctx) {
    const digest = ctx.ports.secrets.digest(input.challenge);
    const challenge = ctx.signIns.challenges.get(digest);
    const found = challenge ? ctx.tables.users.get(challenge.userId) : undefined;
    const account = ctx.tables.account.get('account');
    const live = !!challenge && ctx.now.getTime() < challenge.expiresAt && (found?.sessionGeneration ?? 0) === challenge.generation;
    if (!challenge || !found || !found.twoStep || !account || found.status !== 'active' || !live) {
      ctx.signIns.challenges.delete(digest);
      return { ok: false, failure: secondStepFailure('challenge_expired') };
    }
    const attempt = { email: found.email, user: found, method: challenge.method } as const;
    const wait = throttleWait(ctx, found.email, found);
    if (wait > 0) return { ok: false, failure: throttledFailure(wait, 'code'), changes: recordSignIn(ctx, { ...attempt, outcome: 'failed', reason: 'locked' }) };
    // A key kept in plain text by an older version is sealed now, and kept so whatever the answer.
    const { key, user } = openTwoStepKey(ctx.ports.sealer, { ...found, twoStep: found.twoStep });
    const checked = checkSecondStep(ctx, user, key, input.code, input.kind);
    if (!checked.ok) {
      const refusal = recordFailure(ctx, user.email, user, 'code');
      const failure = refusal.failure ? { ...refusal.failure, params: { ...refusal.failure.params, reason: checked.reason } } : secondStepFailure(checked.reason);
      return { ok: false, failure, changes: [...refusal.changes, ...recordSignIn(ctx, { ...attempt, outcome: 'failed', reason: 'second_step_failed' })] };
    }
    ctx.signIns.challenges.delete(digest);
    const { passwordFailures: _cleared, ...next } = checked.user;
    const logged = recordSignIn(ctx, { ...attempt, user: next, outcome: 'succeeded' });
    return { ok: true, value: buildSession(next, account, ctx), signIn: next.id, changes: [put('users', next.id, next), ...checked.audit], log: logged };
  },
};
