/**
 * Announcements both ways. Heard: the commits other desktops announced (NOTIFY carries a small commit
 * whole) and this desktop has not taken in yet; when every commit up to the latest announced one is
 * here, catching up needs no query. Told: the server announces at most every 50 ms (each NOTIFY wakes
 * every desktop); a commit it left quiet is announced by its writer a moment later, unless a later
 * announcement covered it. A desktop that hears nothing for a second asks the server to announce
 * anything left quiet, in case that writer crashed before it could.
 */
import type { LoggedCommit } from './sql.ts';

/** An idle desktop hears every commit; past this many it forgets them and will query instead. */
const MAX_HELD = 2_000;

/** How long after a quiet commit its writer announces it. */
const ANNOUNCE_AFTER_MS = 100;

/** How long a desktop hears nothing before it asks the server to announce what may have been left quiet. */
const WATCH_MS = 1_000;

export class Announcements {
  /** The highest version announced (or assumed, after connecting). */
  latest = 0;
  private readonly held = new Map<number, LoggedCommit>();
  /** This desktop's latest quiet commit, and when it was made. */
  private quiet = 0;
  private quietAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private heardAt = performance.now();
  private readonly watcher: ReturnType<typeof setInterval>;

  /** `announce` asks the server to announce its latest version (a no-op when nothing is left quiet). */
  constructor(private readonly announce: () => Promise<void>) {
    this.watcher = setInterval(() => {
      if (performance.now() - this.heardAt >= WATCH_MS) void this.announce();
    }, WATCH_MS);
    this.watcher.unref?.();
  }

  /** Closing: no more watching (what this desktop left quiet is announced by announcePending). */
  stop(): void {
    clearInterval(this.watcher);
    clearTimeout(this.timer);
  }

  /**
   * A commit of this desktop that the server left quiet: announced a moment after this desktop's last
   * quiet commit, unless an announcement covered it by then. A busy desktop's quiet commits are
   * always covered (the server announces every 50 ms while commits flow), so it announces none.
   */
  announceSoon(version: number): void {
    this.quiet = Math.max(this.quiet, version);
    this.quietAt = performance.now();
    this.arm(ANNOUNCE_AFTER_MS);
  }

  private arm(ms: number): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.latest >= this.quiet) return;
      // A later quiet commit moved the moment on: wait for it.
      const waited = performance.now() - this.quietAt;
      if (waited < ANNOUNCE_AFTER_MS) this.arm(ANNOUNCE_AFTER_MS - waited);
      else void this.announcePending();
    }, ms);
    this.timer.unref?.();
  }

  /** Announces now what is waiting to be (on closing, or when the moment has come). */
  async announcePending(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.latest < this.quiet) await this.announce();
  }

  /** Notes an announcement; true when it is news (a version not announced before). */
  hear(version: number, commit: LoggedCommit | undefined, takenIn: number): boolean {
    this.heardAt = performance.now();
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
    const heard = this.heardAfter(version);
    return version + heard.length >= this.latest ? heard : undefined;
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
