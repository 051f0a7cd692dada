/**
 * Sealing with AES-256-GCM (node:crypto): the text form is `v1:<key id>:<iv>:<ciphertext and tag>`,
 * base64url, a fresh 96-bit IV each time. The version and key id are authenticated too (GCM's
 * additional data), so neither can be swapped. The key id names which data key sealed a value, so a
 * new key can seal from some day on while the old one still opens what it sealed.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { Sealer } from '../ports/sealer.ts';

export const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const VERSION = 'v1';

/** A data key: 32 random bytes and its id (derived from the key, so every holder of a key names it alike). */
export interface DataKey {
  id: string;
  bytes: Buffer;
}

/** Where a host keeps its data key (adapters/data-key.ts, electron/main/data-key.ts). */
export interface DataKeySource {
  /** The key to seal with, made and saved on first use when this host makes its own; null: none here. */
  current(): DataKey | null;
  /** Every key this host holds, to open with. */
  all(): DataKey[];
  /** Where the key is kept, for the diagnostics report (never the key). */
  describe(): string;
}

/** The id of a key: 48 bits of a hash of it, which tell nothing of the key. */
export function dataKey(bytes: Buffer): DataKey {
  if (bytes.length !== KEY_BYTES) throw new Error(`a data key is ${KEY_BYTES} bytes`);
  const id = createHash('sha256').update('account-admin data key id\0').update(bytes).digest().subarray(0, 6).toString('base64url');
  return { id, bytes };
}

export const newDataKey = (): DataKey => dataKey(randomBytes(KEY_BYTES));

/** A key held in memory only (tests; a host that keeps nothing). */
export function memoryDataKey(key: DataKey = newDataKey()): DataKeySource {
  return { current: () => key, all: () => [key], describe: () => 'in memory' };
}

/** No key at all: nothing is sealed, nothing sealed opens. */
export function noDataKey(why: string): DataKeySource {
  return { current: () => null, all: () => [], describe: () => why };
}

export function createSealer(source: DataKeySource): Sealer {
  return {
    seal(plain) {
      const key = source.current();
      if (!key) return null;
      const head = `${VERSION}:${key.id}`;
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key.bytes, iv);
      cipher.setAAD(Buffer.from(head, 'utf8'));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return `${head}:${iv.toString('base64url')}:${body.toString('base64url')}`;
    },
    open(sealed) {
      const parts = sealed.split(':');
      if (parts.length !== 4 || parts[0] !== VERSION) return null;
      const [version, id, ivText, bodyText] = parts as [string, string, string, string];
      const key = source.all().find((k) => k.id === id);
      if (!key) return null;
      const iv = Buffer.from(ivText, 'base64url');
      const body = Buffer.from(bodyText, 'base64url');
      if (iv.length !== IV_BYTES || body.length < TAG_BYTES) return null;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key.bytes, iv, { authTagLength: TAG_BYTES });
        decipher.setAAD(Buffer.from(`${version}:${id}`, 'utf8'));
        decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
        return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        // The tag does not match: changed, damaged, or sealed by another key of the same id.
        return null;
      }
    },
    describe: () => source.describe(),
  };
}
