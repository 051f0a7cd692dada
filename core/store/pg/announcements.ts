/**
 * The commits other desktops announced (NOTIFY carries a small commit whole) and this desktop has not
 * taken in yet: when every commit up to the latest announced one is here, catching up needs no query.
 */
import type { LoggedCommit } from './sql.ts';

/** An idle desktop hears every commit; past this many it forgets them and will query instead. */
const MAX_HELD = 2_000;

export class Announcements {
  /** The highest version announced (or assumed, after connecting). */
  latest = 0;
  private readonly held = new Map<number, LoggedCommit>();

  /** Notes an announcement; true when it is news (a version not announced before). */
  hear(version: number, commit: LoggedCommit | undefined, takenIn: number): boolean {
    if (commit && version > takenIn) {
      if (this.held.size >= MAX_HELD) this.held.clear();
      this.held.set(version, commit);
    }
    if (version <= this.latest) return false;
    this.latest = version;
    return true;
  }

  /** Every commit after `version` up to the latest announced, in order; undefined when one is missing. */
  after(version: number): LoggedCommit[] | undefined {
    const commits: LoggedCommit[] = [];
    for (let v = version + 1; v <= this.latest; v++) {
      const commit = this.held.get(v);
      if (!commit) return undefined;
      commits.push(commit);
    }
    return commits;
  }

  /** The commits right after `version` heard so far, in order (possibly none), stopping at the first one missing. */
  heardAfter(version: number): LoggedCommit[] {
    const commits: LoggedCommit[] = [];
    for (let commit = this.held.get(version + 1); commit; commit = this.held.get(commit.version + 1)) commits.push(commit);
    return commits;
  }

  /** Drops what the tables now hold. */
  forget(upTo: number): void {
    for (const version of this.held.keys()) if (version <= upTo) this.held.delete(version);
  }

  /** A reconnect: announcements may have been missed; only a query can tell. */
  reset(assumed: number): void {
    this.held.clear();
    this.latest = Math.max(this.latest, assumed);
  }
}
