/**
 * My Account's two-step sign-in: enrol (a key shown once, as a QR code's address and as text, confirmed
 * by a first code), turn it off or get new recovery codes with a current code. The key and the recovery
 * codes are answered once, by the command that makes them, and never again; the audit records only that
 * two-step sign-in is on or off and how many recovery codes are left.
 */
import type { CommandContext, HandlerMap } from '../app/handler.ts';
import { auditChange } from '../audit/record.ts';
import { count, flag } from '../audit/values.ts';
import { recordFailure, throttledFailure, throttleWait } from '../auth/password-check.ts';
import { groupKey, otpauthUri, checkTotp } from '../auth/totp.ts';
import { openPendingKey, openTwoStepKey } from '../auth/totp-key.ts';
import { newRecoveryCodes, secondStepFailure } from '../auth/two-step.ts';
import { twoStepRequired } from '../auth/two-step-policy.ts';
import { put } from '../model/changes.ts';
import type { User } from '../model/records.ts';
import { failure, type Failure } from '../result.ts';

/** The name authenticator apps show above the code. */
export const ISSUER = 'Account Admin';

function self(ctx: CommandContext): User {
  if (!ctx.actor) throw new Error('signed-in channel reached without an actor');
  return ctx.actor;
}

export function twoStepStatus(user: User, ctx: Pick<CommandContext, 'account'>) {
  return {
    enrolled: !!user.twoStep,
    enrolledAt: user.twoStep?.enrolledAt ?? null,
    recoveryCodesLeft: user.twoStep?.recoveryDigests.length ?? 0,
    required: twoStepRequired(user, ctx.account),
  };
}

type CodeCheck = { ok: true; step: number } | { ok: false; failure: Failure; changes?: ReturnType<typeof recordFailure>['changes'] };

/**
 * A code typed by the signed-in user (to confirm, turn off, renew): throttled and counted like a
 * current password, so a session left open is no way to guess codes at speed. `key` null: the key
 * cannot be opened on this host, and every code is refused (counted, said plainly).
 */
function checkOwnCode(ctx: CommandContext, user: User, key: string | null, code: string, lastStep: number | undefined): CodeCheck {
  const wait = throttleWait(ctx, user.email, user);
  if (wait > 0) return { ok: false, failure: throttledFailure(wait, 'code') };
  const check = key === null ? ({ ok: false, reason: 'key_unavailable' } as const) : checkTotp(key, code, ctx.now, lastStep);
  if (check.ok) return check;
  const refusal = recordFailure(ctx, user.email, user, 'code', 'user.two_step.check_failed');
  return { ok: false, failure: refusal.failure ?? secondStepFailure(check.reason), changes: refusal.changes };
}

/** The user after a right code: the failure count cleared. */
function cleared(user: User): User {
  const { passwordFailures: _cleared, ...rest } = user;
  return rest;
}

export const twoStepHandlers: HandlerMap<'me.twoStepStatus' | 'me.twoStepBegin' | 'me.twoStepConfirm' | 'me.twoStepDisable' | 'me.twoStepRegenerate'> = {
  'me.twoStepStatus'(_input, ctx) {
    return { ok: true, value: twoStepStatus(self(ctx), ctx) };
  },

  /** A new key for enrolment (a start again replaces the last one); nothing changes until a code confirms it. */
  'me.twoStepBegin'(_input, ctx) {
    const user = self(ctx);
    if (user.twoStep) return failure('conflict', 'access.twoStep.errors.alreadyOn');
    const key = ctx.ports.secrets.newTotpKey();
    // Only the sealed key is kept; without a data key on this host (a shared account whose deployment
    // gave none) nothing is kept and the enrolment is refused.
    const sealedKey = ctx.ports.sealer.seal(key);
    if (sealedKey === null) return failure('unavailable', 'access.twoStep.errors.noDataKey');
    const next: User = { ...user, twoStepPending: { sealedKey, startedAt: ctx.now.toISOString() } };
    return { ok: true, value: { uri: otpauthUri(key, ISSUER, user.email), key, keyGrouped: groupKey(key) }, changes: [put('users', next.id, next)] };
  },

  /** The first code proves the app holds the key: two-step sign-in is on, and the ten recovery codes are shown once. */
  'me.twoStepConfirm'(input, ctx) {
    const signedIn = self(ctx);
    if (signedIn.twoStep) return failure('conflict', 'access.twoStep.errors.alreadyOn');
    if (!signedIn.twoStepPending) return failure('conflict', 'access.twoStep.errors.notStarted');
    const { key, user } = openPendingKey(ctx.ports.sealer, { ...signedIn, twoStepPending: signedIn.twoStepPending });
    const pending = user.twoStepPending;
    // A key started by an older version, on a host with no data key to seal it: never kept in plain text.
    if (!pending || !('sealedKey' in pending)) return failure('unavailable', 'access.twoStep.errors.noDataKey');
    const check = checkOwnCode(ctx, user, key, input.code, undefined);
    if (!check.ok) return check;
    const { codes, digests } = newRecoveryCodes(ctx);
    const { twoStepPending: _pending, ...rest } = cleared(user);
    const next: User = { ...rest, twoStep: { sealedKey: pending.sealedKey, enrolledAt: ctx.now.toISOString(), lastStep: check.step, recoveryDigests: digests }, updatedAt: ctx.now.toISOString() };
    const audit = auditChange(ctx, 'user.two_step.enabled', { type: 'user', id: user.id }, { twoStep: flag(false) }, { twoStep: flag(true), recoveryCodes: count(digests.length) });
    return { ok: true, value: { recoveryCodes: codes, status: twoStepStatus(next, ctx) }, changes: [put('users', next.id, next), audit] };
  },

  /** Off, with a current code; not while the account requires it of this user. */
  'me.twoStepDisable'(input, ctx) {
    const signedIn = self(ctx);
    if (!signedIn.twoStep) return failure('conflict', 'access.twoStep.errors.notEnrolled');
    if (twoStepRequired(signedIn, ctx.account)) return failure('conflict', 'access.twoStep.errors.requiredByAccount');
    const { key, user } = openTwoStepKey(ctx.ports.sealer, { ...signedIn, twoStep: signedIn.twoStep });
    const check = checkOwnCode(ctx, user, key, input.code, user.twoStep.lastStep);
    if (!check.ok) return check;
    const { twoStep: _off, ...next } = { ...cleared(user), updatedAt: ctx.now.toISOString() };
    const audit = auditChange(ctx, 'user.two_step.disabled', { type: 'user', id: user.id }, { twoStep: flag(true) }, { twoStep: flag(false) });
    return { ok: true, value: twoStepStatus(next, ctx), changes: [put('users', next.id, next), audit] };
  },

  /** Ten new recovery codes, with a current code: the old ones stop working. */
  'me.twoStepRegenerate'(input, ctx) {
    const signedIn = self(ctx);
    if (!signedIn.twoStep) return failure('conflict', 'access.twoStep.errors.notEnrolled');
    const { key, user } = openTwoStepKey(ctx.ports.sealer, { ...signedIn, twoStep: signedIn.twoStep });
    const check = checkOwnCode(ctx, user, key, input.code, user.twoStep.lastStep);
    if (!check.ok) return check;
    const { codes, digests } = newRecoveryCodes(ctx);
    const next: User = { ...cleared(user), twoStep: { ...user.twoStep, lastStep: check.step, recoveryDigests: digests } };
    const audit = auditChange(ctx, 'user.two_step.recovery_renewed', { type: 'user', id: user.id }, { recoveryCodes: count(user.twoStep.recoveryDigests.length) }, { recoveryCodes: count(digests.length) });
    return { ok: true, value: { recoveryCodes: codes, status: twoStepStatus(next, ctx) }, changes: [put('users', next.id, next), audit] };
  },
};
