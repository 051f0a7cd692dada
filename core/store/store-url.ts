/** Where the account lives, as people give it: `--store postgres://…` or ACCOUNT_ADMIN_STORE. */

export const STORE_FLAG = '--store';
export const STORE_ENV = 'ACCOUNT_ADMIN_STORE';

/** The value of `--store <url>` / `--store=<url>`, else the environment variable. */
export function storeUrlFrom(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === STORE_FLAG) return argv[i + 1]?.trim() || undefined;
    if (arg.startsWith(`${STORE_FLAG}=`)) return arg.slice(STORE_FLAG.length + 1).trim() || undefined;
  }
  return env[STORE_ENV]?.trim() || undefined;
}

/** `postgres://user:secret@host:5432/db` → `postgres://user@host:5432/db`: never show or log a password. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString().replace(/:@/, '@');
  } catch {
    return 'postgres://(invalid address)';
  }
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

