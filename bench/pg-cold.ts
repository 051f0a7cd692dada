/**
 * One cold start of a desktop on the shared PostgreSQL account, in a fresh process: open the store
 * (local copy + the commits after it) and the core → sign in → first query (`users.list`) answered.
 * Prints one JSON line.   node --import tsx bench/pg-cold.ts <url> <local copy dir> <meta.json>
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Dataset } from './bulk-load.ts';
import { openPgDesktop } from './pg-setup.ts';

const [url, copyDir, metaPath] = process.argv.slice(2) as [string, string, string];
const dataset = JSON.parse(fs.readFileSync(metaPath, 'utf8')) as Dataset;
const t0 = performance.now();
const desktop = await openPgDesktop(url, copyDir, dataset);
const t1 = performance.now();
const listed = await desktop.dispatch('users.list');
const t2 = performance.now();
if (!listed.ok) throw new Error(`users.list failed: ${listed.error.message}`);
await desktop.close();
console.log(JSON.stringify({ openAndSignInMs: t1 - t0, firstQueryMs: t2 - t1, totalMs: t2 - t0, online: desktop.store.online }));
