/**
 * The change log is pruned as desktops connect; a desktop whose copy is older than what is left
 * reloads the account, and a commit from such a copy is refused, never checked against a partial log.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { put, type Change } from '../../core/model/changes.ts';
import type { CustomRole } from '../../core/model/records.ts';
import { StoreConflict } from '../../core/ports/store.ts';
import { PgStore, type PgStoreOptions } from '../../core/store/pg/pg-store.ts';
import { describePg, freshDatabase } from './pg-env.ts';
import { tempDir } from './store-subjects.ts';

const role = (id: string, name: string): Change => put('roles', id, { id, name, permissions: [] } as unknown as CustomRole);

describePg('the change log', () => {
  let root: string;
  let url: string;
  const stores: PgStore[] = [];
  const open = async (tag: string, more: Partial<PgStoreOptions> = {}) => {
    const store = await PgStore.open({ url, localCopyDir: path.join(root, tag), log: () => undefined, ...more });
    stores.push(store);
    return store;
  };
  const logged = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const result = await client.query<{ version: string }>('SELECT version FROM changes ORDER BY version');
      return result.rows.map((r) => Number(r.version));
    } finally {
      await client.end();
    }
  };
  /** A writes ten commits; B took in the first five (its copy stays at version 5). 6 and 7 change role x. */
  const behind = async () => {
    const a = await open('a');
    for (let i = 1; i <= 5; i++) await a.commit([role('r', `Role ${i}`)]);
    const b = await open('b');
    expect(b.currentVersion).toBe(5);
    for (let i = 6; i <= 10; i++) await a.commit([role(i <= 7 ? 'x' : `r${i}`, `Role ${i}`)]);
    return a;
  };

  beforeEach(async () => {
    root = tempDir('change-log');
    url = await freshDatabase('changelog');
  });
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('keeps the last versions and the young commits when a desktop connects', async () => {
    await behind();
    await open('c', { logKept: { versions: 3, ageMs: 3_600_000 } });
    expect(await logged()).toHaveLength(10); // all younger than an hour
    await open('d', { logKept: { versions: 3, ageMs: 0 } });
    expect(await logged()).toEqual([8, 9, 10]);
  });

  it('reloads a desktop whose copy is older than the log, which then holds everything', async () => {
    const a = await behind();
    await stores.splice(1, 1)[0]!.close(); // B, at version 5
    await open('c', { logKept: { versions: 3, ageMs: 0 } });
    const b = await open('b');
    expect(b.currentVersion).toBe(10);
    expect([...b.tables.roles.keys()].sort()).toEqual([...a.tables.roles.keys()].sort());
    expect(b.tables.roles.get('r')!.name).toBe('Role 5');
  });

  it('refuses a commit from a copy older than the log, reloads it, and lands the retry', async () => {
    const a = await behind();
    const b = stores[1]!; // still open at version 5: it has not taken 6–10 in (no command synced it)
    await open('c', { logKept: { versions: 3, ageMs: 0 } });
    b.begin();
    expect(b.tables.roles.get('x')).toBeUndefined(); // read by B's command: 6 and 7, which changed it, are gone from the log
    const error = await b.commit([role('r', 'Role from B')]).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(StoreConflict);
    expect(b.currentVersion).toBe(10);
    expect(b.tables.roles.get('x')!.name).toBe('Role 7');
    await b.begin(); // after a refusal: under the account's lock, until end()
    await b.commit([role('r', 'Role from B')]);
    await b.end();
    expect(b.currentVersion).toBe(11);
    // A takes it in once it is announced (at once, or by B moments later).
    await vi.waitFor(
      async () => {
        await a.sync();
        expect(a.tables.roles.get('r')!.name).toBe('Role from B');
      },
      { timeout: 2_000, interval: 20 },
    );
  });

  it('starts over from the server when a commit lands but its answer lacks a commit the log lost meanwhile', async () => {
    await behind();
    const lines: string[] = [];
    const b = stores[1]!; // at version 5
    (b as unknown as { log: (line: string) => void }).log = (line) => lines.push(line);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('DELETE FROM changes WHERE version = 8'); // a hole after the writer's version
    await client.end();
    await b.begin();
    await b.commit([role('y', 'Role from B')]); // reads nothing 6–10 wrote: it lands
    await b.end();
    expect(b.currentVersion).toBe(11);
    expect(lines.some((l) => l.includes('lacks commits between versions 5 and 11'))).toBe(true);
    await b.sync();
    expect(b.tables.roles.get('r8')!.name).toBe('Role 8'); // written by the commit the log lost
    expect(b.tables.roles.get('y')!.name).toBe('Role from B');
  });
});
