/**
 * The bulk loader: writes a generated account into a data folder through the real FileStore — the
 * records as `put` changes, `commitSync` in batches (journal appended and fsync'd per batch, no fold on
 * the way), then one `fold()` — so the partition files are exactly those the core itself would write
 * (same partitioning, same format, same schema version). The naive baseline's single conf file is
 * written from the same tables. Each size lives in <root>/u<N>/{store,naive,meta.json}.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { put, type Change, type Tables } from '../core/model/changes.ts';
import { COLLECTIONS } from '../core/model/records.ts';
import { FileStore } from '../core/store/file-store.ts';
import { plainHasher } from '../core/testing/fakes.ts';
import { generate } from './generate.ts';
import { openNaiveConf, toEverything } from './naive-store.ts';

export const BENCH_PASSWORD = 'Bench-admin-2026';
const BATCH = 5_000;

export interface Dataset {
  users: number;
  storeDir: string;
  naiveDir: string;
  adminEmail: string;
  adminId: string;
  subscriptions: { id: string; productId: string; planId: string; addOns: number }[];
  lastInvoiceId: string;
  counts: Record<string, number>;
  generateMs: number;
  loadMs: number;
  storeBytes: number;
  storeFiles: number;
  naiveMs: number;
  naiveBytes: number;
}

export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of fs.readdirSync(dir)) {
    bytes += fs.statSync(path.join(dir, name)).size;
    files++;
  }
  return { bytes, files };
}

/** Commits every record as puts, in batches, then folds once. */
export async function bulkLoad(dir: string, tables: Tables): Promise<void> {
  const store = new FileStore({ dir, foldBytes: Number.POSITIVE_INFINITY, foldDelayMs: 0 });
  let batch: Change[] = [];
  for (const coll of COLLECTIONS) {
    for (const [id, value] of tables[coll] as Map<string, never>) {
      batch.push(put(coll, id, value));
      if (batch.length >= BATCH) {
        store.commitSync(batch);
        batch = [];
      }
    }
  }
  store.commitSync(batch);
  store.fold();
  await store.close();
}

export async function buildDataset(root: string, users: number, now: Date, seed = 20_261_123): Promise<Dataset> {
  const base = path.join(root, `u${users}`);
  const storeDir = path.join(base, 'store');
  const naiveDir = path.join(base, 'naive');
  fs.mkdirSync(naiveDir, { recursive: true });
  // The one admin signs in with the fast fake hasher (core/testing/fakes.ts), not scrypt: the bench
  // times the store and the commands, not a deliberately slow password hash.
  const adminPasswordHash = await plainHasher.hash(BENCH_PASSWORD);
  let t0 = performance.now();
  const generated = generate({ users, seed, now, adminPasswordHash });
  const generateMs = performance.now() - t0;
  t0 = performance.now();
  await bulkLoad(storeDir, generated.tables);
  const loadMs = performance.now() - t0;
  t0 = performance.now();
  openNaiveConf(naiveDir).store = toEverything(generated.tables);
  const naiveMs = performance.now() - t0;
  const size = folderSize(storeDir);
  const dataset: Dataset = {
    users,
    storeDir,
    naiveDir,
    adminEmail: generated.adminEmail,
    adminId: generated.adminId,
    subscriptions: generated.subscriptions.map((s) => ({ id: s.id, productId: s.productId, planId: s.planId, addOns: s.addOns.length })),
    lastInvoiceId: generated.lastInvoiceId,
    counts: Object.fromEntries(COLLECTIONS.map((c) => [c, generated.tables[c].size]).filter(([, n]) => n)),
    generateMs,
    loadMs,
    storeBytes: size.bytes,
    storeFiles: size.files,
    naiveMs,
    naiveBytes: fs.statSync(path.join(naiveDir, 'naive.json')).size,
  };
  fs.writeFileSync(path.join(base, 'meta.json'), JSON.stringify(dataset, null, 2));
  return dataset;
}

/**
 * A scratch copy of one side of a dataset (ours: the data folder; naive: the conf file), for figures
 * that change the data. The copy is flushed to disk (sync) before anything is timed, so that its dirty
 * pages are not written out by a timed fsync.
 */
export function copyDataset(dataset: Dataset, scratch: string, kind: 'ours' | 'naive'): Dataset {
  fs.rmSync(scratch, { recursive: true, force: true });
  const to = path.join(scratch, kind === 'ours' ? 'store' : 'naive');
  fs.cpSync(kind === 'ours' ? dataset.storeDir : dataset.naiveDir, to, { recursive: true });
  spawnSync('sync');
  return kind === 'ours' ? { ...dataset, storeDir: to, naiveDir: '' } : { ...dataset, storeDir: '', naiveDir: to };
}
