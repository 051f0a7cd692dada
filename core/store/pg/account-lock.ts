/**
 * The account's lock, held by one desktop for one command: the pessimistic retry after a refused
 * commit. Optimistic concurrency alone can starve a command that reads much (a licence change reads
 * every user for the seats check): on a busy account some other desktop always writes a user between
 * its read and its commit. Under the lock — the head row's, which every commit takes — nothing can
 * commit between the read and the commit, so the retry cannot be refused again.
 *
 * The lock is taken with the commits this desktop had not taken in yet, in one round trip, and
 * released by the commit or by a rollback.
 */
import type { ClientBase } from 'pg';
import type { Change, Tables } from '../../model/changes.ts';
import { callCommit, toLogged, type CommitOutcome, type LoggedCommit, type RawCommit } from './sql.ts';

export class AccountLock {
  /** The transaction is open (BEGIN was sent) until COMMIT or ROLLBACK. */
  private open = true;

  private constructor(private readonly client: ClientBase) {}

  /**
   * Takes the lock, and reads the commits after `version` under it. Null commits: the log does not
   * reach back that far (the lock is then given back: the caller reloads instead).
   */
  static async take(client: ClientBase, version: number): Promise<{ lock: AccountLock; commits: LoggedCommit[] } | null> {
    if (!Number.isSafeInteger(version) || version < 0) throw new Error(`not a version: ${version}`);
    const lock = new AccountLock(client);
    try {
      // One simple-protocol round trip (no parameters; the version is a checked integer).
      const results = (await client.query(
        `BEGIN; SELECT version FROM head WHERE account = 'account' FOR UPDATE; ` +
          `SELECT version, "commit_id" AS "commitId", changes FROM changes WHERE version > ${version} ORDER BY version`,
      )) as unknown as { rows: RawCommit[] }[];
      const commits = results[2]!.rows.map(toLogged);
      if (commits.length > 0 && commits[0]!.version !== version + 1) {
        await lock.release();
        return null;
      }
      return { lock, commits };
    } catch (error) {
      await lock.release().catch(() => undefined);
      throw error;
    }
  }

  get held(): boolean {
    return this.open;
  }

  /**
   * Commits under the lock: nothing else committed since the lock was taken, so the commit lands.
   * The transaction ends without waiting for the WAL, releasing the lock at once; the caller then
   * flushes it when the command must be durable, as the durable commit procedure does.
   */
  async commit(expected: number, commitId: string, changes: readonly Change[], reads: readonly string[], before: Tables): Promise<CommitOutcome> {
    let outcome: CommitOutcome;
    try {
      outcome = await callCommit(this.client, expected, [], commitId, changes, reads, before, false);
      await this.client.query('COMMIT');
      this.open = false;
    } catch (error) {
      await this.release().catch(() => undefined);
      throw error;
    }
    return outcome;
  }

  /** Gives the lock back without committing (the command wrote nothing, or failed). */
  async release(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    await this.client.query('ROLLBACK');
  }
}
