/** The store adapters the contract tests run against, each with how to open, reopen and age it. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Store } from '../../core/ports/store.ts';
import { FileStore } from '../../core/store/file-store.ts';
import { MemoryStore } from '../../core/store/memory-store.ts';
import { PgStore } from '../../core/store/pg/pg-store.ts';
import { freshDatabase } from './pg-env.ts';

export interface Subject {
  open(): Promise<Store>;
  /** Opens the same data again (after the previous store was closed or dropped); absent for memory. */
  reopen?(): Promise<Store>;
  /** Makes the data look written by a newer app. */
  makeNewer?(): Promise<void>;
  cleanup(): Promise<void>;
}

export type SubjectFactory = () => Promise<Subject>;

export function tempDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `aa-${label}-`));
}

export const memorySubject: SubjectFactory = async () => ({
  open: async () => new MemoryStore(),
  cleanup: async () => undefined,
});

export const fileSubject: SubjectFactory = async () => {
  const dir = tempDir('contract-file');
  return {
    open: async () => new FileStore({ dir, foldDelayMs: 0 }),
    reopen: async () => new FileStore({ dir, foldDelayMs: 0 }),
    makeNewer: async () => fs.writeFileSync(path.join(dir, 'account.json'), JSON.stringify({ schemaVersion: 99, seq: 1, data: {} })),
    cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
};

export const pgSubject: SubjectFactory = async () => {
  const url = await freshDatabase('contract');
  const dir = tempDir('contract-pg');
  let copies = 0;
  // Every reopen alternates between the same local copy (cold start from it) and a new one (full load).
  const open = () => PgStore.open({ url, localCopyDir: path.join(dir, `copy-${copies++ % 2}`), log: () => undefined });
  return {
    open,
    reopen: open,
    makeNewer: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`INSERT INTO schema_migrations (version, name) VALUES (99, 'from the future')`);
      await client.end();
    },
    cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
};
