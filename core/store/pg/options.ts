/** How a desktop's shared store is opened: the server, its own copy, and how it behaves under load. */
import type { ConnectionOptions } from './connection.ts';

export interface PgStoreOptions extends ConnectionOptions {
  /** Where this desktop keeps its copy of the account (a folder of its own). */
  localCopyDir: string;
  /** Run pending migrations on open (default true); false leaves that to `npm run db:migrate`. */
  migrate?: boolean;
  /** Reconnection backoff, first and longest wait (default 250 ms … 2 s). */
  retryMs?: { min: number; max: number };
  log?: (line: string) => void;
  /**
   * What a commit is checked against: what its command read (default), or `account` — any commit
   * since, as with one version for the whole account (the benchmark's baseline).
   */
  conflicts?: 'reads' | 'account';
  /**
   * After a refused commit, this desktop's commands run under the account's lock until one commits
   * (so the retry cannot be refused again), for at most this long: an admin who does not retry soon
   * stops taking the lock for every view they open. Default 60 s; 0 turns it off (the benchmark's
   * naive baseline).
   */
  lockAfterConflictMs?: number;
  /**
   * The change log a desktop leaves as it connects: the last `versions` commits and any younger than
   * `ageMs` (default 10,000 and 30 days). A desktop whose copy is older reloads the whole account.
   */
  logKept?: { versions: number; ageMs: number };
}
