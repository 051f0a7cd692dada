/**
 * One cold start, in a fresh process (run.ts spawns it with `node --expose-gc --import tsx`): modules
 * are imported first (the app has them loaded before it opens its data), then the clock starts:
 * open the store and the core → sign in as the admin → first query (`users.list`) answered.
 * Then the heap after GC, with the state still held. Prints one JSON line.
 *
 *   node --expose-gc --import tsx bench/cold.ts <ours|naive> <meta.json>
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Dataset } from './bulk-load.ts';
import { openCore, signIn, type Kind } from './setup.ts';

const [kind, metaPath] = process.argv.slice(2) as [Kind, string];
const dataset = JSON.parse(fs.readFileSync(metaPath, 'utf8')) as Dataset;

const t0 = performance.now();
const opened = await openCore(kind, dataset);
const t1 = performance.now();
const session = await signIn(opened.core, dataset);
const t2 = performance.now();
const listed = await opened.core.dispatch('users.list', undefined, session);
const t3 = performance.now();
if (!listed.ok) throw new Error(`users.list failed: ${listed.error.message}`);
const listedUsers = (listed.value as { users: unknown[] }).users.length;
// Whether the first query was answered before the history was read (FileStore's deferHistory).
const historyDeferred = 'historyDeferred' in opened.store ? Boolean(opened.store.historyDeferred) : null;

// The naive store keeps nothing between reads: for its heap, hold the parsed state, as an app would.
const held = kind === 'naive' ? opened.store.tables : null;
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
gc?.();
const heapUsed = process.memoryUsage().heapUsed;

// The floor for ours: reading and parsing every partition file once, nothing else.
let parseFloorMs: number | null = null;
if (kind === 'ours') {
  const f0 = performance.now();
  for (const name of fs.readdirSync(dataset.storeDir)) {
    if (name.endsWith('.json')) JSON.parse(fs.readFileSync(path.join(dataset.storeDir, name), 'utf8'));
  }
  parseFloorMs = performance.now() - f0;
}
await opened.close();

console.log(
  JSON.stringify({
    kind,
    users: dataset.users,
    openMs: t1 - t0,
    signInMs: t2 - t1,
    firstQueryMs: t3 - t2,
    totalMs: t3 - t0,
    heapUsedMB: heapUsed / 1024 / 1024,
    gc: gc !== undefined,
    listedUsers,
    heldTables: held !== null,
    parseFloorMs,
    historyDeferred,
  }),
);
