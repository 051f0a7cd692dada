/** Moving an account from the local files to PostgreSQL and back: a dry run counts, a round trip loses nothing. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { main } from '../../cli/main.ts';
import type { Tables } from '../../core/model/changes.ts';
import { FileStore } from '../../core/store/file-store.ts';
import { PgStore } from '../../core/store/pg/pg-store.ts';
import { countRecords, transfer } from '../../core/store/transfer.ts';
import { demoFixture } from '../../core/testing/fixture.ts';
import { describePg, freshDatabase } from './pg-env.ts';
import { tempDir } from './store-subjects.ts';

const sorted = (tables: Tables) => Object.fromEntries(Object.entries(tables).map(([coll, table]) => [coll, [...table.entries()].sort(([a], [b]) => a.localeCompare(b))]));

describePg('store transfer', () => {
  let root: string;
  beforeAll(() => {
    root = tempDir('transfer');
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('counts in a dry run, refuses a non-empty target, and round-trips files → PostgreSQL → files', async () => {
    const source = new FileStore({ dir: path.join(root, 'files'), foldDelayMs: 0 });
    const f = await demoFixture(source);
    const s = await f.signIn('Claire');
    await f.call(s, 'licences.apply', { userIds: [f.userId('Hannah')], assign: [{ productId: 'remote_support', features: {} }], remove: [], alsoRemoveFromQueues: false, notify: false });
    const url = await freshDatabase('transfer');
    const pg = await PgStore.open({ url, localCopyDir: path.join(root, 'copy'), log: () => undefined });
    try {
      const dry = await transfer(source, pg, { dryRun: true });
      expect(dry).toMatchObject({ dryRun: true, counts: countRecords(source) });
      expect(dry.counts.users).toBe(source.tables.users.size);
      expect(dry.total).toBeGreaterThan(10);
      expect(countRecords(pg).users).toBe(0);
      const done = await transfer(source, pg);
      expect(done.total).toBe(dry.total);
      await expect(transfer(source, pg)).rejects.toThrow(/not empty/);
      expect(sorted(pg.tables)).toEqual(sorted(source.tables));
    } finally {
      await pg.close();
    }
    // Back to files through the command line, as an admin would.
    const back = path.join(root, 'back');
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await main(['store', 'copy', '--from', url, '--to', back, '--dry-run'])).toBe(0);
      expect(fs.existsSync(back)).toBe(false);
      expect(await main(['store', 'copy', '--from', url, '--to', back])).toBe(0);
      expect(out.mock.calls.map((c) => String(c[0])).join('')).toMatch(/copied \d+ records/);
    } finally {
      out.mockRestore();
    }
    const files = new FileStore({ dir: back });
    try {
      expect(sorted(files.tables)).toEqual(sorted(source.tables));
    } finally {
      await files.close();
      await source.close();
    }
  });
});
