import { generateSync, stringToBytes } from 'otplib';
import { describe, expect, it } from 'vitest';
import { checkTotp, groupKey } from './totp.ts';

/** RFC 6238 appendix B, SHA-1: the ASCII secret "12345678901234567890", 8 digits. */
const RFC_SECRET = stringToBytes('12345678901234567890');
const RFC_VECTORS: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
];

/** The same secret in base 32, as the app keeps keys. */
const KEY = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const at = (seconds: number) => new Date(seconds * 1000);
const code = (seconds: number) => generateSync({ secret: KEY, epoch: seconds });

describe('TOTP (RFC 6238)', () => {
  it.each(RFC_VECTORS)('gives the published SHA-1 code at %i s', (seconds, expected) => {
    expect(generateSync({ secret: RFC_SECRET, epoch: seconds, digits: 8, algorithm: 'sha1' })).toBe(expected);
  });

  it('checks the RFC key in base 32 with the 6-digit codes authenticator apps show (last six digits of the vectors)', () => {
    for (const [seconds, expected] of RFC_VECTORS) expect(checkTotp(KEY, expected.slice(2), at(seconds), undefined)).toMatchObject({ ok: true, step: Math.floor(seconds / 30) });
  });

  it('accepts a code one step early or late, refuses two steps off', () => {
    const now = 1111111111;
    expect(checkTotp(KEY, code(now - 30), at(now), undefined).ok).toBe(true);
    expect(checkTotp(KEY, code(now + 30), at(now), undefined).ok).toBe(true);
    expect(checkTotp(KEY, code(now - 60), at(now), undefined)).toEqual({ ok: false, reason: 'wrong_code' });
    expect(checkTotp(KEY, code(now + 60), at(now), undefined)).toEqual({ ok: false, reason: 'wrong_code' });
  });

  it('refuses a code of a step already accepted, or an earlier one, as used', () => {
    const now = 1234567890;
    const first = checkTotp(KEY, code(now), at(now), undefined);
    if (!first.ok) throw new Error('the current code is refused');
    expect(checkTotp(KEY, code(now), at(now + 5), first.step)).toEqual({ ok: false, reason: 'code_used' });
    expect(checkTotp(KEY, code(now - 30), at(now + 5), first.step)).toEqual({ ok: false, reason: 'code_used' });
    expect(checkTotp(KEY, code(now + 30), at(now + 30), first.step).ok).toBe(true);
  });

  it('reads a code typed with spaces, refuses what is not six digits', () => {
    const now = 2000000000;
    const typed = code(now);
    expect(checkTotp(KEY, `${typed.slice(0, 3)} ${typed.slice(3)}`, at(now), undefined).ok).toBe(true);
    expect(checkTotp(KEY, 'abcdef', at(now), undefined).ok).toBe(false);
    expect(checkTotp(KEY, '', at(now), undefined).ok).toBe(false);
  });

  it('groups a key in fours for reading', () => {
    expect(groupKey('ABCDEFGHIJ')).toBe('ABCD EFGH IJ');
  });
});
