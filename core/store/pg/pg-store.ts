/**
 * The shared store: one account in PostgreSQL, worked on by several desktops at once. Each keeps the
 * whole account in memory (tables) and a local copy on disk; a commit is one transaction, refused with
 * StoreConflict (optimistic concurrency) when another desktop has since written something the command
 * read — after taking that desktop's changes in, so a retry sees them. Commands on different records
 * do not refuse each other (read-set.ts says what "read" means). After a refusal, the next command
 * runs under the account's lock (account-lock.ts), so a command that reads much is not starved.
 */
import { randomUUID } from 'node:crypto';
import type { ClientBase } from 'pg';
import { applyChange, type Change, type Tables } from '../../model/changes.ts';
import { StoreConflict, StoreUnavailable, type Store, type StoreEvent, type StoreProblem } from '../../ports/store.ts';
import { connect, type Connections } from './connection.ts';
import { AccountLock } from './account-lock.ts';
import { Backoff } from './backoff.ts';
import { Announcements } from './announcements.ts';
import { LocalCopy } from './local-copy.ts';
import type { PgStoreOptions } from './options.ts';
import { ensureSchema, newerSchemaDetail } from './migrations.ts';
import { describeUrl, errorText, isConnectionError, isUniqueViolation } from './pg-errors.ts';
import { ReadSet, trackedTables } from './read-set.ts';
import { ServerQueue } from './server-queue.ts';
import { announceLatest, applyCommits, callCommit, changesAfter, flushWal, loadAll, pruneLog, readHead, type CommitOutcome, type LoggedCommit } from './sql.ts';

export type { PgStoreOptions };

export class PgStore implements Store {
  readonly problems: StoreProblem[] = [];
  readOnly = false;
  private connections: Connections | undefined;
  private version = 0;
  private storeId = '';
  private readonly announced = new Announcements(() => this.announceLatest());
  private reloadNeeded = false;
  private unflushed = false;
  private pendingCommitId: string | undefined;
  /** Until when (performance.now()) commands take the account's lock, after a refused commit. */
  private lockUntil = -Infinity;
  private lock: AccountLock | undefined;
  /** Ends the lock's turn in the server queue (set while a command holds the lock). */
  private endOfTurn: (() => void) | undefined;
  private readonly queue = new ServerQueue();
  private readonly listeners = new Set<(event: StoreEvent) => void>();
  private readonly retry: Backoff;
  private closed = false;
  private readonly log: (line: string) => void;

  private constructor(
    private readonly options: PgStoreOptions,
    private readonly copy: LocalCopy,
    private readonly reads: ReadSet,
    readonly tables: Tables,
  ) {
    this.log = options.log ?? ((line) => console.warn(`[pg-store] ${line}`));
    this.retry = new Backoff(options.retryMs ?? { min: 250, max: 2000 }, () => this.reconnect());
    const marker = copy.marker;
    this.version = marker?.version ?? 0;
    this.storeId = marker?.storeId ?? '';
    this.reloadNeeded = !marker;
  }

  /** Opens from the local copy, then brings it up to date from the server (or stays offline, read-only). */
  static async open(options: PgStoreOptions): Promise<PgStore> {
    const copy = new LocalCopy(options.localCopyDir);
    const reads = new ReadSet(options.conflicts === 'account');
    const store = new PgStore(options, copy, reads, copy.tables(trackedTables(reads)));
    const online = await store.tryConnect(true);
    if (online) await store.sync();
    else store.retry.schedule();
    return store;
  }

  /** The account version the tables reflect. */
  get currentVersion(): number {
    return this.version;
  }

  /** A commit was refused moments ago: the next command runs under the account's lock. */
  get locksNextCommand(): boolean {
    return performance.now() < this.lockUntil;
  }

  get online(): boolean {
    return this.connections !== undefined;
  }

  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: StoreEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  /** `strict`: a misconfiguration (bad password, no such database) with no local copy to fall back on throws. */
  private async tryConnect(strict = false): Promise<boolean> {
    let connections: Connections | undefined;
    try {
      connections = await connect(this.options, {
        onNotify: (version, commit) => this.announce(version, commit),
        onLost: (error) => this.goOffline(error),
      });
      await this.checkSchema(connections);
      if (!this.readOnly) await this.pruneLog(connections);
      const head = await readHead(connections.commands);
      // Another database, or this one restored to an earlier state: the copy cannot be caught up.
      if (head.storeId !== this.storeId || head.version < this.version) this.reloadNeeded = true;
      this.announced.reset(head.version);
      this.connections = connections;
      return true;
    } catch (error) {
      await connections?.end();
      if (strict && !isConnectionError(error) && this.reloadNeeded) throw error;
      this.log(`server unreachable (${errorText(error)}): working read-only from the local copy`);
      return false;
    }
  }

  private async checkSchema(connections: Connections): Promise<void> {
    const outcome = await ensureSchema(connections.commands, this.options.migrate !== false);
    if (!outcome.newer) return;
    this.readOnly = true;
    if (this.problems.some((p) => p.kind === 'newer_schema')) return;
    this.problems.push({ kind: 'newer_schema', file: describeUrl(this.options.url), detail: newerSchemaDetail(outcome.version) });
  }

  private async pruneLog(connections: Connections): Promise<void> {
    const kept = this.options.logKept ?? { versions: 10_000, ageMs: 30 * 24 * 3600 * 1000 };
    const gone = await pruneLog(connections.commands, kept.versions, kept.ageMs);
    if (gone > 0) this.log(`deleted ${gone} old commits from the change log`);
  }

  private announce(version: number, commit?: LoggedCommit): void {
    if (this.announced.hear(version, commit, this.version) && version > this.version) this.emit({ kind: 'remote_change', version });
  }

  private goOffline(error: unknown): void {
    const connections = this.connections;
    if (!connections) return;
    this.connections = undefined;
    void connections.end();
    this.log(`lost the server (${errorText(error)}): read-only until it is back`);
    this.emit({ kind: 'connection', online: false });
    this.retry.schedule();
  }

  /** One attempt to reach the server again; the catch-up itself happens in the next sync(), inside the core's command queue. */
  private reconnect(): Promise<boolean> {
    return this.queue.run(async () => {
      if (this.closed || this.online) return true;
      if (!(await this.tryConnect())) return false;
      this.emit({ kind: 'connection', online: true });
      return true;
    });
  }

  /** Takes in every commit after this copy's version (or everything, when the copy cannot be trusted). */
  private async catchUp(): Promise<Change[]> {
    const client = this.connections?.commands;
    if (!client) return [];
    const commits = this.reloadNeeded ? null : (this.announced.after(this.version) ?? (await changesAfter(client, this.version)));
    if (!commits) {
      await this.reload();
      return [];
    }
    return this.takeIn(commits);
  }

  /** Applies other writers' commits (contiguous, right after this copy's version) to the tables and the copy. */
  private takeIn(commits: readonly LoggedCommit[]): Change[] {
    if (commits.length === 0) return [];
    const applied = applyCommits(this.tables, commits);
    this.version = commits[commits.length - 1]!.version;
    this.announced.forget(this.version);
    this.copy.apply(applied, this.version, this.storeId);
    if (this.pendingCommitId) {
      const landed = commits.some((c) => c.commitId === this.pendingCommitId);
      this.log(`the commit cut off by the lost connection ${landed ? 'was' : 'was not'} written`);
      this.pendingCommitId = undefined;
    }
    return applied;
  }

  private async reload(): Promise<void> {
    const loaded = await loadAll(this.connections!.commands);
    for (const [coll, table] of Object.entries(this.tables) as [keyof Tables, Map<string, unknown>][]) {
      table.clear();
      for (const [id, value] of loaded.tables[coll] as Map<string, unknown>) table.set(id, value);
    }
    this.version = loaded.version;
    this.storeId = loaded.storeId;
    this.reloadNeeded = false;
    await this.copy.replaceAll(this.tables, this.version, this.storeId);
  }

  async sync(): Promise<readonly Change[]> {
    if (!this.online || (this.announced.latest <= this.version && !this.reloadNeeded)) return [];
    return this.queue.run(async () => {
      try {
        return await this.catchUp();
      } catch (error) {
        if (isConnectionError(error)) this.goOffline(error);
        else this.log(`catching up failed: ${errorText(error)}`);
        return [];
      }
    });
  }

  /**
   * A command starts: its commit will be checked against what it reads from now on. After a refused
   * commit it first takes the account's lock (and what was committed since sync), held until end().
   */
  async begin(): Promise<void> {
    this.reads.clear();
    if (!this.locksNextCommand || !this.online || this.reloadNeeded) return;
    // The turn keeps the server queue until end(): a flush or close waits for the commit or rollback.
    this.endOfTurn = await this.queue.hold(() => this.takeLock());
  }

  /** True when the lock is held (and the commits since this copy's version taken in). */
  private async takeLock(): Promise<boolean> {
    const client = this.connections?.commands;
    if (!client) return false;
    try {
      const taken = await AccountLock.take(client, this.version);
      if (!taken) {
        this.reloadNeeded = true;
        return false;
      }
      this.lock = taken.lock;
      this.takeIn(taken.commits);
      return true;
    } catch (error) {
      if (isConnectionError(error)) this.goOffline(error);
      else this.log(`taking the account's lock failed: ${errorText(error)}`);
      return false;
    }
  }

  /** The command is over: gives back the account's lock if it still holds it (it wrote nothing). */
  async end(): Promise<void> {
    const lock = this.lock;
    this.lock = undefined;
    try {
      await lock?.release();
    } catch (error) {
      if (isConnectionError(error)) this.goOffline(error);
      else this.log(`giving back the account's lock failed: ${errorText(error)}`);
    } finally {
      this.endOfTurn?.();
      this.endOfTurn = undefined;
    }
  }

  async commit(changes: readonly Change[], options?: { durable?: boolean }): Promise<void> {
    if (this.readOnly) throw new Error('store is read-only: the database is newer than this app');
    if (!this.online) throw new StoreUnavailable('the server is unreachable');
    if (changes.length === 0) return;
    const durable = options?.durable ?? true;
    // A command that took the lock has the server queue to itself until end() (even once it committed).
    if (this.endOfTurn) await this.commitNow(changes, durable);
    else await this.queue.run(() => this.commitNow(changes, durable));
  }

  /** Refuses the command; the next one runs under the account's lock. */
  private refuse(applied: Change[]): StoreConflict {
    this.lockUntil = performance.now() + (this.options.lockAfterConflictMs ?? 60_000);
    return new StoreConflict(applied);
  }

  private async commitNow(changes: readonly Change[], durable: boolean): Promise<void> {
    const client = this.connections?.commands;
    if (!client) throw new StoreUnavailable('the server is unreachable');
    const commitId = randomUUID();
    const lock = this.lock?.held ? this.lock : undefined;
    const reads = this.reads.keys(changes);
    let outcome: CommitOutcome;
    try {
      outcome = lock
        ? await lock.commit(this.version, commitId, changes, reads, this.tables)
        : await callCommit(client, this.version, this.announced.heardAfter(this.version), commitId, changes, reads, this.tables, durable);
    } catch (error) {
      if (isUniqueViolation(error)) throw this.refuse(await this.catchUpOrUnavailable());
      if (!isConnectionError(error)) throw error;
      // The transaction may or may not have committed: the catch-up after reconnecting tells.
      this.pendingCommitId = commitId;
      this.goOffline(error);
      throw new StoreUnavailable(errorText(error));
    }
    if ('missed' in outcome) {
      // Another writer got there first: take its commits in (they came with the refusal), then refuse.
      const contiguous = outcome.missed[0]?.version === this.version + 1;
      // Nothing missed: the database went back (a restore): start over from it.
      if (outcome.missed.length === 0) this.reloadNeeded = true;
      throw this.refuse(contiguous ? this.takeIn(outcome.missed) : await this.catchUpOrUnavailable());
    }
    // Commits this desktop had not seen wrote nothing the command read: take them in, then its own.
    // The answer carries every one of them; one missing (pruned meanwhile) means starting over.
    const { caughtUp } = outcome;
    if (caughtUp.length === outcome.version - this.version - 1 && (caughtUp.length === 0 || caughtUp[0]!.version === this.version + 1)) this.takeIn(caughtUp);
    else {
      this.log(`the commit's answer lacks commits between versions ${this.version} and ${outcome.version}: reloading from the server`);
      this.reloadNeeded = true;
    }
    for (const change of changes) applyChange(this.tables, change);
    this.version = outcome.version;
    this.copy.apply(changes, outcome.version, this.storeId);
    if (outcome.quiet) this.announced.announceSoon(outcome.version);
    this.lockUntil = -Infinity;
    // A durable commit came back flushed; a batch (durable: false) is flushed by flush() or the next
    // durable commit. One under the lock committed without waiting for the WAL: flush it now.
    this.unflushed = !durable || lock !== undefined;
    if (lock && durable) await this.flushNow(client);
  }

  /** Announces the latest version on the listening connection, which is idle. */
  private async announceLatest(): Promise<void> {
    const listener = this.connections?.listener;
    // A lost connection is noticed by its events; a later commit or reconnect announces again.
    if (listener) await announceLatest(listener).catch((error: unknown) => this.log(`announcing failed: ${errorText(error)}`));
  }

  /** Waits until every commit so far is on the server's disk. */
  private async flushNow(client: ClientBase): Promise<void> {
    try {
      await flushWal(client);
      this.unflushed = false;
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      // Written but maybe not durable: a crash may take it back. Start over from the server when it returns.
      this.reloadNeeded = true;
      this.goOffline(error);
      throw new StoreUnavailable(errorText(error));
    }
  }

  private async catchUpOrUnavailable(): Promise<Change[]> {
    try {
      return await this.catchUp();
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      this.goOffline(error);
      throw new StoreUnavailable(errorText(error));
    }
  }

  async flush(): Promise<void> {
    await this.queue.run(async () => {
      if (!this.unflushed) return;
      const client = this.connections?.commands;
      if (!client) throw new StoreUnavailable('the server is unreachable: recent changes may not be durable');
      await this.flushNow(client);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.retry.stop();
    await this.queue.run(async () => {
      await this.announced.announcePending();
      this.announced.stop();
      const connections = this.connections;
      this.connections = undefined;
      await connections?.end();
      await this.copy.close();
    });
  }
}
