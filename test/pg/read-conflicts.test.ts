/**
 * Optimistic concurrency on what a command read: two desktops' commits refuse each other only when
 * one wrote what the other read (a record it got, a table it went through) or writes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { put, type Change } from '../../core/model/changes.ts';
import { SEATS, walkFacet } from '../../core/model/facets.ts';
import { testUser } from '../../core/testing/users.ts';
import { StoreConflict } from '../../core/ports/store.ts';
import { PgStore } from '../../core/store/pg/pg-store.ts';
import { describePg, freshDatabase } from './pg-env.ts';
import { tempDir } from './store-subjects.ts';

const user = (id: string, firstName: string) => testUser(id, { firstName });
const rename = (id: string, firstName: string): Change => put('users', id, user(id, firstName));

describePg('conflicts on what a command read', () => {
  let root: string;
  let url: string;
  const stores: PgStore[] = [];
  const open = async (tag: string, conflicts?: 'account', lockAfterConflictMs?: number) => {
    const store = await PgStore.open({
      url,
      localCopyDir: path.join(root, tag),
      log: () => undefined,
      ...(conflicts ? { conflicts } : {}),
      ...(lockAfterConflictMs === undefined ? {} : { lockAfterConflictMs }),
    });
    stores.push(store);
    return store;
  };
  /** Both stores hold users a and b, at the same version. */
  const twoDesktops = async (conflicts?: 'account', lockAfterConflictMs?: number) => {
    const first = await open('a', conflicts, lockAfterConflictMs);
    await first.commit([rename('a', 'Ann'), rename('b', 'Bob')]);
    const second = await open('b', conflicts, lockAfterConflictMs);
    expect(second.currentVersion).toBe(first.currentVersion);
    return [first, second] as const;
  };
  const refusal = async (work: Promise<void>) => {
    const error = await work.then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(StoreConflict);
    return error as StoreConflict;
  };

  beforeEach(async () => {
    root = tempDir('read-conflicts');
    url = await freshDatabase('reads');
  });
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('lets commands on different records both commit, and each desktop ends with both', async () => {
    const [a, b] = await twoDesktops();
    a.begin();
    b.begin();
    expect(a.tables.users.get('a')!.firstName).toBe('Ann');
    expect(b.tables.users.get('b')!.firstName).toBe('Bob');
    await a.commit([rename('a', 'Anna')]);
    await b.commit([rename('b', 'Bobby')]); // B had not seen A's commit: it comes with B's answer
    expect(b.tables.users.get('a')!.firstName).toBe('Anna');
    // A takes B's commit in once it is announced (at once, or by B moments later).
    await vi.waitFor(
      async () => {
        await a.sync();
        expect(a.tables.users.get('b')!.firstName).toBe('Bobby');
      },
      { timeout: 2_000, interval: 20 },
    );
    expect(a.currentVersion).toBe(b.currentVersion);
  });

  it('refuses a commit whose command read a record another desktop changed since', async () => {
    const [a, b] = await twoDesktops();
    b.begin();
    const seen = b.tables.users.get('a')!.firstName;
    a.begin();
    await a.commit([rename('a', 'Anna')]);
    const error = await refusal(b.commit([rename('b', `Bob, who saw ${seen}`)]));
    expect(error.applied.map((c) => c.id)).toEqual(['a']);
    expect(b.tables.users.get('a')!.firstName).toBe('Anna');
    expect(b.tables.users.get('b')!.firstName).toBe('Bob');
  });

  it('refuses a commit whose command went through a table another desktop added to (no write skew)', async () => {
    const [a, b] = await twoDesktops();
    b.begin();
    const active = [...b.tables.users.values()].filter((u) => u.status === 'active').length;
    a.begin();
    await a.commit([rename('c', 'Cleo')]);
    await refusal(b.commit([rename('b', `Bob, one of ${active}`)]));
    expect(b.tables.users.size).toBe(3);
  });

  it('refuses a blind write over a record another desktop changed', async () => {
    const [a, b] = await twoDesktops();
    a.begin();
    b.begin();
    await a.commit([rename('a', 'Anna')]);
    await refusal(b.commit([rename('a', 'Annie')]));
    expect(b.tables.users.get('a')!.firstName).toBe('Anna');
  });

  it('announces the last commit of a burst to the other desktop (announcements are at most every 50 ms)', async () => {
    const [a, b] = await twoDesktops();
    const heard: number[] = [];
    b.subscribe((event) => {
      if (event.kind === 'remote_change') heard.push(event.version);
    });
    for (let i = 0; i < 10; i++) {
      a.begin();
      await a.commit([rename('a', `Ann ${i}`)]);
    }
    const last = a.currentVersion;
    await vi.waitFor(() => expect(Math.max(0, ...heard)).toBe(last), { timeout: 2_000, interval: 20 });
    await b.sync();
    expect(b.tables.users.get('a')!.firstName).toBe('Ann 9');
    expect(heard.length).toBeLessThan(10);
  });

  it('with one version for the whole account (the benchmark baseline), refuses even unrelated commands', async () => {
    const [a, b] = await twoDesktops('account');
    a.begin();
    b.begin();
    await a.commit([rename('a', 'Anna')]);
    await refusal(b.commit([rename('b', 'Bobby')]));
  });

  it('refuses a command that walked the seats facet only when another desktop changed who holds what', async () => {
    const [a, b] = await twoDesktops();
    const holders = (store: PgStore) => [...walkFacet(store.tables, SEATS)].filter((u) => u.products.length > 0).length;
    b.begin();
    const none = holders(b);
    a.begin();
    await a.commit([rename('a', 'Anna')]); // a name: not who holds what
    await b.commit([rename('b', `Bob, with ${none} holders`)]);
    b.begin();
    expect(holders(b)).toBe(0);
    a.begin();
    await a.commit([put('users', 'a', { ...user('a', 'Anna'), products: [{ productId: 'meetings', features: {}, assignedAt: '2026-01-01T00:00:00.000Z' }] })]);
    await refusal(b.commit([rename('b', 'Bob, with no holders')]));
    expect(holders(b)).toBe(1);
  });

  /** B went through the users table, A added a user meanwhile: B's commit is refused. */
  const refusedWalk = async (a: PgStore, b: PgStore) => {
    await b.begin();
    const seen = b.tables.users.size;
    await a.begin();
    await a.commit([rename('c', 'Cleo')]);
    await refusal(b.commit([rename('b', `Bob, one of ${seen}`)]));
    await b.end();
  };
  /** How many server backends wait for a lock (a commit queued behind the account's lock). */
  const waitingForLock = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const result = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
      return result.rows[0]!.n;
    } finally {
      await client.end();
    }
  };

  it('runs the retry after a refusal under the account lock: another commit waits for it, and the retry lands', async () => {
    const [a, b] = await twoDesktops();
    await refusedWalk(a, b);
    const before = a.currentVersion;
    // The retry: the same walk, now under the lock.
    await b.begin();
    const seen = b.tables.users.size;
    a.begin();
    const aCommit = a.commit([rename('a', 'Anna')]);
    await vi.waitFor(async () => expect(await waitingForLock()).toBe(1), { timeout: 5_000, interval: 20 });
    await b.commit([rename('b', `Bob, one of ${seen}`)]);
    await b.end();
    await aCommit; // A's commit went in after B's: it wrote nothing B read
    expect(b.currentVersion).toBe(before + 1);
    expect(a.currentVersion).toBe(before + 2);
    expect(a.tables.users.get('b')!.firstName).toBe('Bob, one of 3');
  });

  it('gives the lock back when the command under it writes nothing, and keeps locking until a command writes', async () => {
    const [a, b] = await twoDesktops();
    await refusedWalk(a, b);
    await b.begin();
    await b.end(); // a query: nothing committed, the lock is given back
    a.begin();
    await a.commit([rename('a', 'Anna')]);
    await b.begin(); // still under the lock: nothing was retried yet
    a.begin();
    const aCommit = a.commit([rename('a', 'Annie')]);
    await vi.waitFor(async () => expect(await waitingForLock()).toBe(1), { timeout: 5_000, interval: 20 });
    await b.commit([rename('b', 'Bobby')]);
    await b.end();
    await aCommit;
    expect(b.locksNextCommand).toBe(false);
    // The retry landed: B's commands are optimistic again, A commits while B is in one.
    await b.begin();
    a.begin();
    await a.commit([rename('a', 'Ann')]);
    await refusal(b.commit([rename('a', 'Annabel')]));
    await b.end();
    expect(await waitingForLock()).toBe(0);
  });

  it('with the lock after a refusal turned off, the retry is refused again when another desktop commits first', async () => {
    const [a, b] = await twoDesktops(undefined, 0);
    await refusedWalk(a, b);
    await b.begin();
    const seen = b.tables.users.size;
    a.begin();
    await a.commit([rename('d', 'Dora')]);
    await refusal(b.commit([rename('b', `Bob, one of ${seen}`)]));
    await b.end();
  });

  it('stops taking the lock when no command has written for a while after the refusal', async () => {
    const [a, b] = await twoDesktops(undefined, 150);
    await refusedWalk(a, b);
    expect(b.locksNextCommand).toBe(true);
    await vi.waitFor(() => expect(b.locksNextCommand).toBe(false), { timeout: 5_000, interval: 20 });
    await b.begin(); // optimistic again: A commits while B is in a command
    a.begin();
    await a.commit([rename('a', 'Anna')]);
    await b.end();
  });

  it('lets a command under the lock commit twice (the second optimistically, in its own turn)', async () => {
    const [a, b] = await twoDesktops();
    await refusedWalk(a, b);
    await b.begin();
    await b.commit([rename('b', 'Bobby')]);
    await b.commit([rename('b', 'Bobby B.')]);
    await b.end();
    expect(b.tables.users.get('b')!.firstName).toBe('Bobby B.');
    expect(await waitingForLock()).toBe(0);
  });

  it('announces a commit its writer left quiet and crashed before announcing (idle desktops ask within a second)', async () => {
    const [, b] = await twoDesktops();
    const heard: number[] = [];
    b.subscribe((event) => {
      if (event.kind === 'remote_change') heard.push(event.version);
    });
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'test/pg/quiet-crash-child.ts', url, path.join(root, 'crashed')], { encoding: 'utf8', timeout: 30_000 });
    const quiet = /quiet (\d+)/.exec(child.stdout);
    expect(quiet, child.stdout + child.stderr).not.toBeNull();
    const version = Number(quiet![1]);
    await vi.waitFor(() => expect(Math.max(0, ...heard)).toBe(version), { timeout: 3_000, interval: 20 });
  });
});
