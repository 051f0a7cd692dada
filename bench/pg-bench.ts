/**
 * `npx tsx bench/pg-bench.ts`: only the PostgreSQL figures of `npm run bench` (one change, 20 writers,
 * cold start), on the same 10k-user dataset, in about a minute.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXED_NOW } from '../core/testing/fakes.ts';
import { buildDataset } from './bulk-load.ts';
import { postgresFigures } from './postgres.ts';
import { printTable } from './stats.ts';

const log = (text: string) => console.log(`[pg-bench] ${text}`);

async function main(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-pgbench-'));
  try {
    log('building the 10k-user store…');
    const tenK = await buildDataset(root, 10_000, FIXED_NOW);
    printTable(await postgresFigures(tenK, root, log));
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

await main();
