/** Where the app keeps its data: `--data-dir <dir>`, else ACCOUNT_ADMIN_DATA_DIR, else <userData>/store. */
import path from 'node:path';

export const DATA_DIR_FLAG = '--data-dir';
export const DATA_DIR_ENV = 'ACCOUNT_ADMIN_DATA_DIR';

/** The value of `--data-dir <dir>` or `--data-dir=<dir>`, if given and not empty. */
function fromArgv(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === DATA_DIR_FLAG) {
      const value = argv[i + 1];
      return value && !value.startsWith('--') ? value : undefined;
    }
    if (arg.startsWith(`${DATA_DIR_FLAG}=`)) return arg.slice(DATA_DIR_FLAG.length + 1) || undefined;
  }
  return undefined;
}

export function resolveDataDir(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  userData: string,
): string {
  const chosen = fromArgv(argv) ?? (env[DATA_DIR_ENV]?.trim() || undefined);
  return chosen ? path.resolve(chosen) : path.join(userData, 'store');
}
