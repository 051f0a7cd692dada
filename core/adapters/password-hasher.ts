/**
 * Passwords: Argon2id at OWASP's first choice (19 MiB, t=2, p=1) through @node-rs/argon2, a
 * maintained N-API binding (PHC strings, constant-time comparison, its own random 16-byte salt).
 * Hashes made before it (Node's scrypt at N=2^14, "scrypt$N$r$p$salt$key") still verify, and are
 * reported as needing a re-hash so that the core moves each user to Argon2id at their next sign-in.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { hash as argon2Hash, parseOptions, verify as argon2Verify, type Algorithm, type Options } from '@node-rs/argon2';
import type { PasswordHasher } from '../ports/password-hasher.ts';

/** Argon2id (2 in the binding's const enum, which isolated modules cannot read). */
const ARGON2ID = 2 as Algorithm;
export const ARGON2ID_COST = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

const SCRYPT_KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, SCRYPT_KEY_LENGTH, { ...options, maxmem: 256 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

async function verifyScrypt(password: string, stored: string): Promise<boolean> {
  const [, n, r, p, salt, key] = stored.split('$');
  if (!salt || !key) return false;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  if (![cost.N, cost.r, cost.p].every((v) => Number.isSafeInteger(v) && v > 0)) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), cost);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** The hasher before Argon2id: kept to verify old hashes, for tests and as the bench's baseline. */
export function createScryptHasher(cost = { N: 16384, r: 8, p: 1 }): PasswordHasher {
  const hash = async (password: string) => {
    const salt = randomBytes(16);
    const key = await derive(password, salt, cost);
    return `scrypt$${cost.N}$${cost.r}$${cost.p}$${salt.toString('base64')}$${key.toString('base64')}`;
  };
  return {
    hash,
    verify: (password, stored) => (stored.startsWith('scrypt$') ? verifyScrypt(password, stored) : Promise.resolve(false)),
    needsRehash: (stored) => !stored.startsWith(`scrypt$${cost.N}$${cost.r}$${cost.p}$`),
    unknownUserHash: `scrypt$${cost.N}$${cost.r}$${cost.p}$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=`,
  };
}

export function createArgon2Hasher(cost: Pick<Options, 'memoryCost' | 'timeCost' | 'parallelism'> = ARGON2ID_COST): PasswordHasher {
  const options: Options = { ...cost, algorithm: ARGON2ID };
  const params = `m=${cost.memoryCost},t=${cost.timeCost},p=${cost.parallelism}`;
  return {
    hash: (password) => argon2Hash(password.normalize('NFKC'), options),
    async verify(password, stored) {
      if (stored.startsWith('scrypt$')) return verifyScrypt(password, stored);
      if (!stored.startsWith('$argon2')) return false;
      try {
        return await argon2Verify(stored, password.normalize('NFKC'));
      } catch {
        return false; // a malformed stored form matches nothing
      }
    },
    needsRehash(stored) {
      if (!stored.startsWith('$argon2id$')) return true;
      try {
        const found = parseOptions(stored);
        return found.memoryCost < (cost.memoryCost ?? 0) || found.timeCost < (cost.timeCost ?? 0);
      } catch {
        return true;
      }
    },
    // Same scheme and cost as a real hash (a zero salt and key): verifying against it costs the same.
    unknownUserHash: `$argon2id$v=19$${params}$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`,
  };
}
