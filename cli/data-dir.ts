/**
 * The data folder, as the browser mode resolves it (README "Where data lives"): `--data-dir`, else
 * ACCOUNT_ADMIN_DATA_DIR, else ~/.account-admin/store. Restated here: cli/ may not import electron/.
 */
import os from 'node:os';
import path from 'node:path';

export function cliDataDir(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  const chosen = flag?.trim() || env.ACCOUNT_ADMIN_DATA_DIR?.trim();
  return chosen ? path.resolve(chosen) : path.join(os.homedir(), '.account-admin', 'store');
}
