/**
 * The desktop's data key (the one that seals two-step sign-in keys, core/adapters/sealer.ts): 32 random
 * bytes in `data.key` in the user-data folder, wrapped by the OS keychain through Electron's safeStorage
 * (DPAPI on Windows, the Keychain on macOS, libsecret or KWallet on Linux). When safeStorage cannot
 * encrypt, or on Linux falls back to `basic_text` (a password written in Chromium's source: no
 * protection), the key is kept in that file by its mode alone (0600), and the log says so in one line.
 * A shared account does not use it: its key is the deployment's, the same on every desktop.
 */
import path from 'node:path';
import type { SafeStorage } from 'electron';
import { DATA_KEY_FILE, fileDataKey, type KeyWrap } from '../../core/adapters/data-key.ts';
import type { DataKeySource } from '../../core/adapters/sealer.ts';

type Keychain = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & { getSelectedStorageBackend?: () => string };

/** The keychain when it really protects (null: none, or Linux's basic_text), and why not. */
export function usableKeychain(keychain: Keychain, platform: NodeJS.Platform = process.platform): { wrap: KeyWrap | null; why?: string } {
  if (!keychain.isEncryptionAvailable()) return { wrap: null, why: 'the OS keychain is not available' };
  if (platform === 'linux' && keychain.getSelectedStorageBackend?.() === 'basic_text') return { wrap: null, why: 'the OS keychain is basic_text (no secret service)' };
  return { wrap: { wrap: (text) => keychain.encryptString(text), unwrap: (data) => keychain.decryptString(data) } };
}

export function desktopDataKey(userData: string, keychain: Keychain, options: { platform?: NodeJS.Platform; warn?: (message: string) => void } = {}): DataKeySource {
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const file = path.join(userData, DATA_KEY_FILE);
  const { wrap, why } = usableKeychain(keychain, options.platform);
  if (!wrap) warn(`[data-key] ${why}: the data key that seals two-step sign-in keys is kept in ${file}, readable only by this user (0600)`);
  return fileDataKey(file, { keychain: wrap, warn });
}
