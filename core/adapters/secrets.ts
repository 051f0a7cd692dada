/**
 * The one-time codes of invitations and password resets. Each is 12 characters of Crockford's base 32
 * (60 bits) from the OS's secure random source, and the store keeps only its SHA-256 digest. A fast
 * hash is enough here, unlike for passwords: a code is random with 60 bits of entropy, so there is no
 * dictionary to try against a stolen digest, and guessing online is throttled (auth/throttle.ts) and
 * cut short by the code's expiry.
 */
import { createHash, randomInt } from 'node:crypto';
import { generateSecret } from 'otplib';
import type { Secrets } from '../ports/secrets.ts';

/** Crockford's base 32: no I, L, O or U, so nothing is misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** What a person may have typed, as the code was issued: case and separators do not matter. */
export function normalizeCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export const randomSecrets: Secrets = {
  newCode() {
    let raw = '';
    for (let i = 0; i < 12; i++) raw += ALPHABET[randomInt(ALPHABET.length)];
    return raw.match(/.{4}/g)!.join('-');
  },
  digest: (code) => createHash('sha256').update(normalizeCode(code)).digest('hex'),
  // otplib's generator draws from the platform's secure random source (crypto.getRandomValues).
  newTotpKey: () => generateSecret({ length: 20 }),
};
