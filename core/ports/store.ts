import type { Change, Tables } from '../model/changes.ts';

/** Something the store found on start that the admin must be told about (nothing is silently reset). */
export interface StoreProblem {
  kind: 'corrupt_file' | 'newer_schema' | 'corrupt_journal';
  file: string;
  movedTo?: string;
  detail: string;
}

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
   */
  commit(changes: readonly Change[], options?: { durable?: boolean }): Promise<void>;
  /** Makes every commit so far durable. */
  flush(): Promise<void>;
  /** Folds pending work to disk and releases files. */
  close(): Promise<void>;
}
