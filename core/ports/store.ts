import type { Change, Tables } from '../model/changes.ts';

/** Something the store found on start that the admin must be told about (nothing is silently reset). */
export interface StoreProblem {
  kind: 'corrupt_file' | 'newer_schema' | 'corrupt_journal' | 'locked';
  file: string;
  movedTo?: string;
  /** A damaged journal: how many commands (lines, and later journals) were not replayed. */
  lost?: number;
  detail: string;
}

/**
 * A shared store refused a commit because another writer committed first (optimistic concurrency).
 * Before throwing, the store brought its tables up to date: `applied` holds the other writers'
 * changes, so the caller can say what changed. Nothing of the refused commit was written.
 */
export class StoreConflict extends Error {
  constructor(readonly applied: readonly Change[]) {
    super('another writer committed first');
    this.name = 'StoreConflict';
  }
}

/**
 * A shared store could not reach its server: the commit was not written (a transaction that may
 * have reached the server is rolled back or, if its outcome is unknown, settled on reconnect).
 */
export class StoreUnavailable extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'StoreUnavailable';
  }
}

/** What a shared store tells its host outside commands: others committed, or the server came or went. */
export type StoreEvent = { kind: 'remote_change'; version: number } | { kind: 'connection'; online: boolean };

/**
 * The store port: state lives in memory (tables); commit makes one command's changes durable as
 * one unit (all or nothing) before it returns, then applies them to the tables.
 */
export interface Store {
  readonly tables: Tables;
  readonly problems: readonly StoreProblem[];
  /** True when a data file is newer than this app: reads work, commits are refused. */
  readonly readOnly: boolean;
  /**
   * `durable: false` (a batch nobody has been told about yet, such as renewals caught up on start)
   * applies at once and becomes durable at the next durable commit or `flush()`.
   * A shared store throws StoreConflict or StoreUnavailable; a local one only fails on I/O errors.
   */
  commit(changes: readonly Change[], options?: { durable?: boolean }): Promise<void>;
  /**
   * Clears the damage reported on this and earlier starts once an administrator has seen it (the
   * problems stay reported across starts until then); resolves to how many were cleared. Stores
   * that keep no such record have none.
   */
  acknowledgeProblems?(): Promise<number>;
  /** Makes every commit so far durable. */
  flush(): Promise<void>;
  /** Folds pending work to disk and releases files. */
  close(): Promise<void>;
  /**
   * Shared stores only: applies to the tables what other writers committed since this copy was
   * last brought up to date, and resolves to those changes (none: no round trip when nothing was
   * announced). The core calls it inside its command queue, before each command. Never throws: an
   * unreachable server turns the store offline (and resolves to no changes).
   */
  sync?(): Promise<readonly Change[]>;
  /**
   * Shared stores only: a command starts (called right after `sync`). Its commit is refused only if
   * another writer has since changed something the command read from here on. A store may take a
   * lock here (after a refusal, so the retry cannot be refused again), held until `end`.
   */
  begin?(): void | Promise<void>;
  /** Shared stores only: the command is over (committed, refused, wrote nothing or failed). */
  end?(): Promise<void>;
  /** Shared stores only: events for the host (refresh the views, show the offline banner). */
  subscribe?(listener: (event: StoreEvent) => void): () => void;
  /** Shared stores only: false while the server is unreachable (tables are the last known copy; commits refused). */
  readonly online?: boolean;
}
