/** The few statements the PostgreSQL store sends, typed at the boundary. */
import type { ClientBase } from 'pg';
import { applyChange, emptyTables, type Change, type Tables } from '../../model/changes.ts';
import type { CollectionName } from '../../model/records.ts';
import { writtenKeys } from './read-set.ts';

export interface LoggedCommit {
  version: number;
  commitId: string;
  changes: Change[];
}

export interface Head {
  version: number;
  storeId: string;
}

export const NOTIFY_CHANNEL = 'account_admin_changes';

export async function readHead(client: ClientBase): Promise<Head> {
  const result = await client.query<{ version: string; store_id: string }>(`SELECT version, store_id::text FROM head WHERE account = 'account'`);
  const row = result.rows[0];
  if (!row) throw new Error('the database has no head row: was it migrated?');
  return { version: Number(row.version), storeId: row.store_id };
}

/**
 * The commits after `version`, oldest first; null when the log no longer reaches back that far
 * (the caller then reloads everything).
 */
export async function changesAfter(client: ClientBase, version: number): Promise<LoggedCommit[] | null> {
  const result = await client.query<{ version: string; commit_id: string; changes: Change[] }>(
    'SELECT version, commit_id, changes FROM changes WHERE version > $1 ORDER BY version',
    [version],
  );
  const commits = result.rows.map((row) => ({ version: Number(row.version), commitId: row.commit_id, changes: row.changes }));
  if (commits.length > 0 && commits[0]!.version !== version + 1) return null;
  return commits;
}

/** Every record and the version they reflect, read from one snapshot. */
export async function loadAll(client: ClientBase): Promise<Head & { tables: Tables }> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const head = await readHead(client);
    const result = await client.query<{ coll: CollectionName; id: string; value: never }>('SELECT coll, id, value FROM records');
    await client.query('COMMIT');
    const tables = emptyTables();
    for (const row of result.rows) {
      const table = tables[row.coll] as Map<string, unknown> | undefined;
      if (table) table.set(row.id, row.value);
    }
    return { ...head, tables };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * One change per record, in an order whose effect equals the original's: the last change of each
 * record wins, deletes first (so a unique key freed by a delete can be reused by a put). The server
 * writes each kind in one statement, which must not touch a row twice.
 */
export function lastChangePerRecord(changes: readonly Change[]): Change[] {
  const last = new Map<string, Change>();
  for (const change of changes) {
    const key = `${change.coll}\u0000${change.id}`;
    last.delete(key);
    last.set(key, change);
  }
  const all = [...last.values()];
  return [...all.filter((c) => c.op === 'del'), ...all.filter((c) => c.op === 'put')];
}

/** `quiet`: the commit was not announced yet (another was, moments ago); its writer announces it soon. */
export type CommitOutcome = { version: number; caughtUp: LoggedCommit[]; quiet: boolean } | { missed: LoggedCommit[] };

export type RawCommit = { version: number | string; commitId: string; changes: Change[] };
export const toLogged = (c: RawCommit): LoggedCommit => ({ version: Number(c.version), commitId: c.commitId, changes: c.changes });

/**
 * Runs the commit function. `reads`: the keys the command read or writes (see read-set.ts). Answers
 * the new version with the commits this writer had not taken in (to apply before its own), or those
 * commits when one wrote something it read (nothing written). `heard` holds the commits after
 * `expected` that this writer has already heard announced: the server does not send them again.
 * `durable`: the answer comes once the commit is on the server's disk (otherwise at the next flush).
 * `before`: the tables without the commit, to tell which facets it changes.
 */
export async function callCommit(
  client: ClientBase,
  expected: number,
  heard: readonly LoggedCommit[],
  commitId: string,
  changes: readonly Change[],
  reads: readonly string[],
  before: Tables,
  durable: boolean,
): Promise<CommitOutcome> {
  const log = lastChangePerRecord(changes);
  // Named: each connection parses the statement once, then only binds and runs it.
  const result = await client.query<{ outcome: { version?: number | string; caughtUp?: RawCommit[]; missed?: RawCommit[]; restored?: boolean; quiet?: boolean } }>({
    name: durable ? 'account_admin_commit_durably' : 'account_admin_commit_reads',
    text: durable
      ? 'CALL account_admin_commit_durably($1, $2, $3, $4::json, $5, $6, $7, NULL)'
      : 'SELECT account_admin_commit_reads($1, $2, $3, $4::json, $5, $6, $7) AS outcome',
    values: [expected, expected + heard.length, commitId, JSON.stringify(log), log.some((c) => c.op === 'del'), reads, writtenKeys(log, before)],
  });
  const outcome = result.rows[0]!.outcome;
  if (outcome.restored) return { missed: [] };
  const unseen = outcome.missed ?? outcome.caughtUp ?? [];
  // Only commits the writer had not taken in: the heard ones first, if the server skipped any.
  const first = unseen.length > 0 ? Number(unseen[0]!.version) : Infinity;
  const all = [...heard.filter((c) => c.version < first), ...unseen.map(toLogged)];
  if (outcome.missed) return { missed: all };
  return { version: Number(outcome.version), caughtUp: all, quiet: outcome.quiet === true };
}

/**
 * A notification's payload: the commit itself, or only its version when it was too large to send
 * (then the desktop fetches it). Undefined for anything else.
 */
export function parseAnnouncement(payload: string): { version: number; commit?: LoggedCommit } | undefined {
  try {
    const parsed = JSON.parse(payload) as unknown;
    if (typeof parsed === 'number') return Number.isSafeInteger(parsed) ? { version: parsed } : undefined;
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const raw = parsed as Partial<RawCommit>;
    const version = Number(raw.version);
    if (!Number.isSafeInteger(version)) return undefined;
    if (typeof raw.commitId === 'string' && Array.isArray(raw.changes)) return { version, commit: toLogged(raw as RawCommit) };
    return { version };
  } catch {
    return undefined;
  }
}

/** Applies logged commits to tables (a record's last change wins, as on the server). */
export function applyCommits(tables: Tables, commits: readonly LoggedCommit[]): Change[] {
  const applied: Change[] = [];
  for (const commit of commits) {
    for (const change of commit.changes) {
      applyChange(tables, change);
      applied.push(change);
    }
  }
  return applied;
}

/** Announces the latest version to every desktop, unless an announcement already covered it. */
export async function announceLatest(client: ClientBase): Promise<void> {
  await client.query('SELECT account_admin_announce()');
}

/**
 * Makes every earlier commit durable: a transaction that wrote WAL commits synchronously, flushing
 * the WAL up to its own commit record, past every commit before it; concurrent flushes share one
 * fsync. A transactional logical message is the smallest such write (no table, no lock; works at
 * wal_level replica). Merely taking a transaction id (txid_current) writes no WAL and flushes nothing.
 */
export async function flushWal(client: ClientBase): Promise<void> {
  await client.query(`SELECT pg_logical_emit_message(true, 'account_admin', '')`);
}

/** Deletes the logged commits older than the last `keepVersions` and than `ageMs`; how many went. */
export async function pruneLog(client: ClientBase, keepVersions: number, ageMs: number): Promise<number> {
  const result = await client.query<{ gone: string }>(`SELECT account_admin_prune($1, make_interval(secs => $2)) AS gone`, [keepVersions, ageMs / 1000]);
  return Number(result.rows[0]?.gone ?? 0);
}
