/**
 * Where this desktop's account lives, when it is a shared PostgreSQL database: the address (with its
 * password) is kept encrypted by the OS keychain through Electron's safeStorage, never in plain text.
 * Without an available keychain nothing is saved: the admin is told to pass `--store` instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SafeStorage, WebContents } from 'electron';
import { isPostgresUrl, redactUrl } from '../../core/store/store-url.ts';
import type { OutputOf } from '../../core/contract.ts';
import type { Result } from '../../core/result.ts';
import { toAppError } from '../../core/app/errors.ts';
import type { HostHandlers } from './print.ts';

export const SETTING_FILE = 'shared-store.bin';

type Keychain = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>;

export function readStoreSetting(dir: string, keychain: Keychain): string | undefined {
  const file = path.join(dir, SETTING_FILE);
  if (!fs.existsSync(file) || !keychain.isEncryptionAvailable()) return undefined;
  try {
    return keychain.decryptString(fs.readFileSync(file)) || undefined;
  } catch {
    console.warn('[store-setting] the saved database address could not be decrypted; using the local files');
    return undefined;
  }
}

/** Saves (or, with null, forgets) the address; false when the OS offers no keychain to encrypt it with. */
export function writeStoreSetting(dir: string, keychain: Keychain, url: string | null): boolean {
  const file = path.join(dir, SETTING_FILE);
  if (url === null) {
    fs.rmSync(file, { force: true });
    return true;
  }
  if (!keychain.isEncryptionAvailable()) return false;
  fs.mkdirSync(dir, { recursive: true });
  const temp = `${file}.tmp`;
  fs.writeFileSync(temp, keychain.encryptString(url), { mode: 0o600 });
  fs.renameSync(temp, file);
  return true;
}

export interface RunningStore {
  kind: 'files' | 'shared';
  /** The data folder, or the server without its password. */
  location: string;
  /** The full address in use (to tell whether a restart is needed); none for files. */
  url?: string;
}

type Setting = OutputOf<'host.storeSetting'>;

/** The host channels behind "Where the account lives": read the setting, save it, restart to apply. */
export function createStoreSettingHandlers(dir: string, keychain: Keychain, running: RunningStore, relaunch: () => void): Pick<HostHandlers, 'host.storeSetting' | 'host.setStoreSetting'> {
  const describe = (): Setting => {
    const saved = readStoreSetting(dir, keychain) ?? null;
    return {
      current: running.kind,
      location: running.location,
      saved: saved === null ? null : redactUrl(saved),
      keychain: keychain.isEncryptionAvailable(),
      restartNeeded: (saved ?? undefined) !== running.url,
    };
  };
  return {
    async 'host.storeSetting'() {
      return { ok: true, value: describe() };
    },
    async 'host.setStoreSetting'(_sender: WebContents, input: unknown): Promise<Result<Setting>> {
      const { url: given, restart } = input as { url: string; restart?: boolean };
      const url = given === '' ? null : given;
      if (url !== null && !isPostgresUrl(url)) {
        return { ok: false, error: toAppError({ code: 'invalid_input', key: 'errors.invalidInput', fields: { url: { key: 'errors.host.storeUrlInvalid' } } }, 'en') };
      }
      if (!writeStoreSetting(dir, keychain, url)) return { ok: false, error: toAppError({ code: 'unavailable', key: 'errors.host.noKeychain' }, 'en') };
      const setting = describe();
      if (restart && setting.restartNeeded) setTimeout(relaunch, 50);
      return { ok: true, value: setting };
    },
  };
}
