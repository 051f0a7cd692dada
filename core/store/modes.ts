/**
 * The data folder holds password hashes and the account's billing: on POSIX systems only its owner
 * reads it. Folders 0700, files 0600 (Windows ignores modes; its profile folders are per-user).
 */
import fs from 'node:fs';

export const DIR_MODE = 0o700;
export const FILE_MODE = 0o600;

/** Creates the folder owner-only, and narrows one that exists (an older version made it 0755). */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  if (process.platform !== 'win32' && (fs.statSync(dir).mode & 0o777) !== DIR_MODE) fs.chmodSync(dir, DIR_MODE);
}

/** Narrows the files an older version left readable by others (0644). */
export function narrowFiles(dir: string, names: Iterable<string>): void {
  if (process.platform === 'win32') return;
  for (const name of names) {
    const full = `${dir}/${name}`;
    try {
      const stat = fs.statSync(full);
      if (stat.isFile() && (stat.mode & 0o077) !== 0) fs.chmodSync(full, FILE_MODE);
    } catch {
      // gone meanwhile
    }
  }
}
