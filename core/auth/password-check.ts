/**
 * Every check of a password goes through here (sign-in; the current password an email or password
 * change asks for): throttled per account and per client (throttle.ts), every failure counted and
 * audited with the email tried and the client (never the password), the user emailed when their
 * account locks, and a hash of an older scheme replaced at the first successful check.
 */
import type { CommandContext } from '../app/handler.ts';
import { auditChange } from '../audit/record.ts';
import { count, instant, text } from '../audit/values.ts';
import type { AuditValues } from '../schemas/audit-value.ts';
import { put, type Change } from '../model/changes.ts';
import type { User } from '../model/records.ts';
import { renderEmail } from '../notifications/render-email.ts';
import { formatDateTime } from '../i18n/format.ts';
import type { Failure } from '../result.ts';
import { ACCOUNT_POLICY, afterFailure, CLIENT_POLICY, justLocked, retryAfter, waitAfter } from './throttle.ts';

/** The client a host did not name: every call of that host counts as one client. */
export const DEFAULT_CLIENT = 'local';

/** A refusal: `early` when the throttle refused before the password was checked (nothing was counted). */
export type PasswordCheck = { ok: true; user: User; changes: Change[] } | { ok: false; throttled: boolean; early?: true; failure?: Failure; changes: Change[] };

export function throttledFailure(seconds: number, field?: string): Failure {
  const minutes = seconds >= 120;
  const key = minutes ? 'errors.auth.throttledMinutes' : 'errors.auth.throttled';
  const params = { count: minutes ? Math.ceil(seconds / 60) : seconds, retryAfter: seconds };
  return { code: 'throttled', key, params, retryAfter: seconds, ...(field ? { fields: { [field]: { key, params } } } : {}) };
}

/**
 * Checks `password` for `user` (undefined: an unknown email, checked against a dummy hash all the
 * same). A refusal carries the changes to record and, when a wait now applies, the `throttled` failure.
 */
export async function checkPassword(ctx: CommandContext, emailTried: string, user: User | undefined, password: string, field?: string): Promise<PasswordCheck> {
  const wait = throttleWait(ctx, emailTried, user);
  if (wait > 0) return { ok: false, throttled: true, early: true, failure: throttledFailure(wait, field), changes: [] };

  const hasher = ctx.ports.hasher;
  const valid = await hasher.verify(password, user?.passwordHash ?? hasher.unknownUserHash);
  if (valid && user?.passwordHash) {
    let next = user;
    if (user.passwordFailures) {
      const { passwordFailures: _cleared, ...rest } = user;
      next = rest;
    }
    if (hasher.needsRehash(user.passwordHash)) next = { ...next, passwordHash: await hasher.hash(password) };
    return { ok: true, user: next, changes: next === user ? [] : [put('users', user.id, next)] };
  }
  return recordFailure(ctx, emailTried, user, field);
}

/** Seconds before the next check of a secret for this email (0: now), by the longer of the two counters. */
export function throttleWait(ctx: CommandContext, emailTried: string, user: User | undefined): number {
  const accountCount = user ? user.passwordFailures : ctx.signIns.unknownEmails.get(emailTried.trim().toLowerCase());
  const clientCount = ctx.signIns.clients.get(ctx.client ?? DEFAULT_CLIENT);
  return Math.max(retryAfter(accountCount, ctx.now, ACCOUNT_POLICY), retryAfter(clientCount, ctx.now, CLIENT_POLICY));
}

/**
 * A failed check of a secret (a password, an invitation's or a reset's code): counted on both
 * counters and audited (never the secret), the user emailed when it locks their account.
 */
export function recordFailure(
  ctx: CommandContext,
  emailTried: string,
  user: User | undefined,
  field?: string,
  /** The audit action of a signed-in user's failed check (default: a wrong current password). */
  checkAction = 'user.password.check_failed',
): Extract<PasswordCheck, { ok: false }> {
  const { now, signIns } = ctx;
  const client = ctx.client ?? DEFAULT_CLIENT;
  const email = emailTried.trim().toLowerCase();
  const accountCount = user ? user.passwordFailures : signIns.unknownEmails.get(email);
  const clientCount = signIns.clients.get(client);
  const nextClient = afterFailure(clientCount, now, CLIENT_POLICY);
  signIns.clients.set(client, nextClient);
  const nextCount = afterFailure(accountCount, now, ACCOUNT_POLICY);
  // The client as the host named it (none for the host's one default client); never the password.
  const recorded: AuditValues = { email: text(emailTried.trim().slice(0, 320)), ...(ctx.client ? { client: text(ctx.client) } : {}), failures: count(nextCount.count) };
  const changes: Change[] = [];
  if (user) {
    changes.push(put('users', user.id, { ...user, passwordFailures: nextCount }));
    const action = ctx.actor ? checkAction : 'user.sign_in.failed';
    changes.push(auditChange(ctx, action, { type: 'user', id: user.id }, null, recorded));
    if (justLocked(nextCount, ACCOUNT_POLICY)) {
      const until = new Date(now.getTime() + ACCOUNT_POLICY.lockSec * 1000).toISOString();
      changes.push(auditChange(ctx, 'user.sign_in.locked', { type: 'user', id: user.id }, null, { failures: count(nextCount.count), lockedUntil: instant(until) }));
      const mail = renderEmail(ctx, user, 'account_locked', 'email.accountLocked', {
        failures: nextCount.count,
        until: formatDateTime(until, user.language, user.timeZone),
      });
      changes.push(put('outbox', mail.id, mail));
    }
  } else {
    signIns.unknownEmails.set(email, nextCount);
    changes.push(auditChange(ctx, 'sign_in.failed', { type: 'email', id: email }, null, recorded));
  }
  const nextWait = Math.max(waitAfter(nextCount.count, ACCOUNT_POLICY), waitAfter(nextClient.count, CLIENT_POLICY));
  return nextWait > 0 ? { ok: false, throttled: true, failure: throttledFailure(nextWait, field), changes } : { ok: false, throttled: false, changes };
}
