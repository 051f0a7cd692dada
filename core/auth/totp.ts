/**
 * TOTP codes (RFC 6238: SHA-1, 6 digits, 30-second steps) through otplib, with the time always the
 * injected clock's. A code of the step before or after the current one is accepted (a phone's clock a
 * little off, a code typed as it changed); two steps off is refused. A code of a step already accepted
 * (or an earlier one) is refused, so a code seen over someone's shoulder cannot be used again.
 */
import { generateURI, verifySync } from 'otplib';

export const PERIOD_S = 30;
export const DIGITS = 6;

/** Why a typed code was refused: a typed value, kept for whoever records sign-in attempts. */
export type CodeRefusal = 'wrong_code' | 'code_used';
export type TotpCheck = { ok: true; step: number } | { ok: false; reason: CodeRefusal };

/** What a person typed, as the authenticator shows it: spaces and dashes do not matter. */
export const normalizeTotp = (typed: string) => typed.replace(/[\s-]/g, '');

export function checkTotp(key: string, typed: string, now: Date, lastStep: number | undefined): TotpCheck {
  const token = normalizeTotp(typed);
  if (!new RegExp(`^\\d{${DIGITS}}$`).test(token)) return { ok: false, reason: 'wrong_code' };
  const epoch = Math.floor(now.getTime() / 1000);
  // epochTolerance of one period: the steps of epoch − 30 s and epoch + 30 s, so exactly one step either side.
  const result = verifySync({ secret: key, token, epoch, epochTolerance: PERIOD_S, period: PERIOD_S, digits: DIGITS, algorithm: 'sha1' });
  // The functional API types HOTP's answer too: a TOTP match carries its time step.
  if (!result.valid || !('timeStep' in result)) return { ok: false, reason: 'wrong_code' };
  if (lastStep !== undefined && result.timeStep <= lastStep) return { ok: false, reason: 'code_used' };
  return { ok: true, step: result.timeStep };
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function otpauthUri(key: string, issuer: string, label: string): string {
  return generateURI({ issuer, label, secret: key, algorithm: 'sha1', digits: DIGITS, period: PERIOD_S });
}

/** The key in groups of four, as a person reads and types it. */
export const groupKey = (key: string) => key.match(/.{1,4}/g)?.join(' ') ?? key;
