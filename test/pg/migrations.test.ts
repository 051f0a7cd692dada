/** Schema migrations: a fresh database is brought up to date once; a newer one is left alone, read-only. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LATEST_SCHEMA, MIGRATIONS, migrate, schemaVersion } from '../../core/store/pg/migrations.ts';
import { PgStore } from '../../core/store/pg/pg-store.ts';
import { describePg, freshDatabase } from './pg-env.ts';
import { tempDir } from './store-subjects.ts';

async function withClient<T>(url: string, body: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await body(client);
  } finally {
    await client.end();
  }
}

describePg('migrations', () => {
  let root: string;
  beforeAll(() => {
    root = tempDir('migrations');
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('migrates a fresh database to the latest schema, once, even when two desktops start together', async () => {
    const url = await freshDatabase('migrate');
    const outcomes = await Promise.all([withClient(url, migrate), withClient(url, migrate)]);
    expect(outcomes.flatMap((o) => o.applied).sort()).toEqual(MIGRATIONS.map((m) => m.version));
    await withClient(url, async (client) => {
      expect(await schemaVersion(client)).toBe(LATEST_SCHEMA);
      expect(await migrate(client)).toEqual({ version: LATEST_SCHEMA, applied: [], newer: false });
      const head = await client.query<{ version: string }>('SELECT version FROM head');
      expect(head.rows).toEqual([{ version: '0' }]);
    });
  });

  it('upgrades a database left at an older version', async () => {
    const url = await freshDatabase('upgrade');
    await withClient(url, (client) => migrate(client, MIGRATIONS.slice(0, 1)));
    await withClient(url, async (client) => {
      expect(await schemaVersion(client)).toBe(1);
      expect((await migrate(client)).applied).toEqual(MIGRATIONS.slice(1).map((m) => m.version));
    });
  });

  it('keeps order keys and invoice numbers unique in columns of their own, so no index depends on a record\'s value', async () => {
    const url = await freshDatabase('keys');
    const five = MIGRATIONS.findIndex((m) => m.version === 5);
    await withClient(url, (client) => migrate(client, MIGRATIONS.slice(0, five)));
    const insert = (client: pg.Client, coll: string, id: string, value: object) => client.query('INSERT INTO records (coll, id, value) VALUES ($1, $2, $3)', [coll, id, JSON.stringify(value)]);
    await withClient(url, async (client) => {
      // Written before the upgrade: the upgrade carries the keys over.
      await insert(client, 'orders', 'ord_1', { id: 'ord_1', idempotencyKey: 'key-1' });
      await insert(client, 'invoices', 'inv_1', { id: 'inv_1', number: 'INV-0001' });
      expect((await migrate(client)).applied).toEqual([5]);
      const duplicate = (coll: string, id: string, value: object) => insert(client, coll, id, value).then(() => 'inserted', (error: { code?: string }) => error.code);
      expect(await duplicate('orders', 'ord_2', { id: 'ord_2', idempotencyKey: 'key-1' })).toBe('23505');
      expect(await duplicate('invoices', 'inv_2', { id: 'inv_2', number: 'INV-0001' })).toBe('23505');
      // Only orders' keys and invoices' numbers count: other records may hold such fields.
      expect(await duplicate('users', 'usr_1', { id: 'usr_1', idempotencyKey: 'key-1', number: 'INV-0001' })).toBe('inserted');
      expect(await duplicate('orders', 'ord_3', { id: 'ord_3', idempotencyKey: 'key-3' })).toBe('inserted');
      const indexes = await client.query<{ def: string }>(`SELECT pg_get_indexdef(indexrelid) AS def FROM pg_index WHERE indrelid = 'records'::regclass`);
      expect(indexes.rows.length).toBeGreaterThanOrEqual(3);
      // An index on an expression of value would make every update of a record a non-HOT one.
      for (const { def } of indexes.rows) expect(def).not.toMatch(/\bvalue\b/);
    });
  });

  it('opens a database migrated by a newer app read-only, with a problem that says so', async () => {
    const url = await freshDatabase('newer');
    await withClient(url, async (client) => {
      await migrate(client);
      await client.query(`INSERT INTO schema_migrations (version, name) VALUES (${LATEST_SCHEMA + 1}, 'from a newer app')`);
      expect((await migrate(client)).newer).toBe(true);
    });
    const store = await PgStore.open({ url, localCopyDir: path.join(root, 'newer'), log: () => undefined });
    try {
      expect(store.readOnly).toBe(true);
      expect(store.problems).toHaveLength(1);
      expect(store.problems[0]).toMatchObject({ kind: 'newer_schema' });
      expect(store.problems[0]!.detail).toContain(`version ${LATEST_SCHEMA + 1}`);
      expect(store.problems[0]!.file).not.toContain('password');
    } finally {
      await store.close();
    }
    await withClient(url, async (client) => expect(await schemaVersion(client)).toBe(LATEST_SCHEMA + 1));
  });

  it('runs from the command line: npm run db:migrate', async () => {
    const url = await freshDatabase('script');
    const run = () => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/db-migrate.ts', '--url', url], { encoding: 'utf8' });
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain(`migrated to schema version ${LATEST_SCHEMA}`);
    expect(run().stdout).toContain('up to date');
    await withClient(url, (client) => client.query(`INSERT INTO schema_migrations (version, name) VALUES (${LATEST_SCHEMA + 5}, 'future')`));
    const newer = run();
    expect(newer.status).toBe(1);
    expect(newer.stderr).toContain('newer than this app');
  });
});
