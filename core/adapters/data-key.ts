/**
 * Where the data key that seals two-step sign-in keys (adapters/sealer.ts) comes from. The host gives
 * it to the core when it opens the store:
 * - local files (browser mode, the CLI): a key file in the data folder, `data.key`, mode 0600, made at
 *   the first seal. The desktop keeps its own in its user-data folder, wrapped by the OS keychain
 *   (electron/main/data-key.ts, through this file's `fileDataKey` with a keychain).
 * - a shared PostgreSQL account: every desktop of the account must open the same keys, so the key
 *   cannot be one desktop's. It is the deployment's, handed out like the database's address:
 *   ACCOUNT_ADMIN_DATA_KEY (32 random bytes in base64, e.g. `openssl rand -base64 32`; several,
 *   comma-separated, to rotate: the first seals, all open) or ACCOUNT_ADMIN_DATA_KEY_FILE (a file
 *   holding that text). Without it, enrolment is refused on that desktop and codes of keys sealed
 *   elsewhere are refused (recovery codes still work): the key never goes into the database.
 * A key file that exists is never replaced, even unreadable: what it sealed would be lost for good.
 */
import fs from 'node:fs';
import path from 'node:path';
import { dataKey, KEY_BYTES, newDataKey, noDataKey, type DataKey, type DataKeySource } from './sealer.ts';

export const DATA_KEY_FILE = 'data.key';
export const DATA_KEY_ENV = 'ACCOUNT_ADMIN_DATA_KEY';
export const DATA_KEY_FILE_ENV = 'ACCOUNT_ADMIN_DATA_KEY_FILE';

/** The OS keychain's encryption (Electron's safeStorage), as the key file uses it. */
export interface KeyWrap {
  wrap(text: string): Buffer;
  unwrap(data: Buffer): string;
}

/** The key file: the key in base64, wrapped by the keychain (then base64 of the wrapped bytes) or not. */
interface KeyFileBody {
  version: 1;
  protection: 'keychain' | 'file';
  key: string;
}

export interface KeyFileOptions {
  /** The OS keychain, when this host may use it; none: the file's mode (0600) alone protects the key. */
  keychain?: KeyWrap | null;
  /** One line to the log when the key cannot be read (never the key). */
  warn?: (message: string) => void;
}

/** 32 bytes from base64 or base64url text; null otherwise. */
export function parseKeyText(text: string): Buffer | null {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/_-]{42,44}={0,2}$/.test(trimmed)) return null;
  const bytes = Buffer.from(trimmed, 'base64');
  return bytes.length === KEY_BYTES ? bytes : null;
}

function writeKeyFile(file: string, body: KeyFileBody, replace: boolean): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(body)}\n`, { mode: 0o600 });
  try {
    // A new key: linked in only if no file is there yet (another process may have just made one).
    if (replace) fs.renameSync(temp, file);
    else fs.linkSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

export function fileDataKey(file: string, options: KeyFileOptions = {}): DataKeySource {
  const keychain = options.keychain ?? null;
  const warn = options.warn ?? ((message: string) => console.warn(message));
  let loaded: DataKey | null | undefined;
  let unreadable = false;

  const body = (key: DataKey): KeyFileBody =>
    keychain ? { version: 1, protection: 'keychain', key: keychain.wrap(key.bytes.toString('base64')).toString('base64') } : { version: 1, protection: 'file', key: key.bytes.toString('base64') };

  function read(): DataKey | null {
    if (loaded !== undefined || unreadable) return loaded ?? null;
    if (!fs.existsSync(file)) return null;
    try {
      const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<KeyFileBody>;
      if (stored.version !== 1 || typeof stored.key !== 'string') throw new Error('not a data key file of this version');
      if (stored.protection === 'keychain' && !keychain) throw new Error('it is protected by an OS keychain this host cannot use');
      const text = stored.protection === 'keychain' ? keychain!.unwrap(Buffer.from(stored.key, 'base64')) : stored.key;
      const bytes = parseKeyText(text);
      if (!bytes) throw new Error('it holds no key');
      loaded = dataKey(bytes);
      // Kept by its mode alone until now, and the keychain is there: wrap it.
      if (stored.protection === 'file' && keychain) writeKeyFile(file, body(loaded), true);
      return loaded;
    } catch (error) {
      unreadable = true;
      warn(`[data-key] ${file} cannot be read (${error instanceof Error ? error.message : 'unknown error'}): two-step sign-in keys sealed with it cannot be opened here`);
      return null;
    }
  }

  return {
    current() {
      const key = read();
      if (key || unreadable) return key;
      const made = newDataKey();
      try {
        writeKeyFile(file, body(made), false);
        loaded = made;
        return made;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return read();
        throw error;
      }
    },
    all() {
      const key = read();
      return key ? [key] : [];
    },
    describe: () => `${keychain ? 'a file wrapped by the OS keychain' : 'a file readable only by this user (0600)'}, ${file}`,
  };
}

/** The key(s) the deployment gives a shared account, from the environment; none: enrolment is refused there. */
export function deploymentDataKey(env: Readonly<Record<string, string | undefined>>): DataKeySource {
  const fromFile = env[DATA_KEY_FILE_ENV]?.trim();
  const named = env[DATA_KEY_ENV]?.trim() ? DATA_KEY_ENV : fromFile ? DATA_KEY_FILE_ENV : null;
  if (!named) return noDataKey(`none: a shared account's data key comes from the deployment (${DATA_KEY_ENV} or ${DATA_KEY_FILE_ENV})`);
  const text = named === DATA_KEY_ENV ? env[DATA_KEY_ENV]!.trim() : fs.readFileSync(fromFile!, 'utf8');
  const keys = text
    .split(/[,\s]+/)
    .filter(Boolean)
    .map((part) => parseKeyText(part));
  // The value is never repeated in the message: it is a secret.
  if (keys.length === 0 || keys.some((k) => k === null)) throw new Error(`${named} does not hold data keys: each is 32 random bytes in base64 (e.g. openssl rand -base64 32), comma-separated`);
  const all = (keys as Buffer[]).map(dataKey);
  return { current: () => all[0]!, all: () => all, describe: () => `given by the deployment (${named}), ${all.length} key${all.length > 1 ? 's' : ''}` };
}
