/**
 * One-time codes for invitations and password resets: issued from the Secrets port, kept as a digest
 * with their expiry on the user record, and checked against the injected clock. The code itself is
 * returned once, to be put in its one email; it is never stored, audited or logged.
 */
import type { CommandContext } from '../app/handler.ts';
import type { OneTimeCode } from '../model/records.ts';

const MINUTE = 60_000;
/** An invitation: 7 days. */
export const INVITATION_MS = 7 * 24 * 60 * MINUTE;
/** A reset the user asked for on the sign-in screen: 30 minutes. */
export const SELF_RESET_MS = 30 * MINUTE;
/** A reset an administrator sent: the user may read it later in the day, 24 hours. */
export const ADMIN_RESET_MS = 24 * 60 * MINUTE;
/** One reset email per user in this time, however often it is asked for (the answer stays the same). */
export const RESET_RESEND_MS = MINUTE;

export function issueCode(ctx: Pick<CommandContext, 'now' | 'ports'>, validMs: number): { code: string; stored: OneTimeCode } {
  const code = ctx.ports.secrets.newCode();
  return { code, stored: { digest: ctx.ports.secrets.digest(code), sentAt: ctx.now.toISOString(), expiresAt: new Date(ctx.now.getTime() + validMs).toISOString() } };
}

/** A code is expired from its expiry instant on; an expired code is named so only to whoever typed it right. */
export type CodeCheck = 'valid' | 'expired' | 'wrong';

export function checkCode(ctx: Pick<CommandContext, 'now' | 'ports'>, stored: OneTimeCode | undefined, typed: string): CodeCheck {
  // The typed code is digested whether or not there is one to compare with: the same work either way.
  const digest = ctx.ports.secrets.digest(typed);
  if (!stored || digest !== stored.digest) return 'wrong';
  return ctx.now.getTime() >= Date.parse(stored.expiresAt) ? 'expired' : 'valid';
}
