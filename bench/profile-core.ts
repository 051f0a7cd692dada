/**
 * Profiles the core's calls of one interaction on a kept 10k-user data set (BENCH_KEEP's folder):
 * `npx tsx bench/profile-core.ts <kept folder> [channel[:json input]]…`. Opens a scratch copy as the app
 * does (openLocalCore, history deferred), says whether the history was read before the first call, then
 * times each call (median of 7) with the size of its answer, and whether it made the store read the history.
 */
import path from 'node:path';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Channel } from '../core/contract.ts';
import { copyDataset, type Dataset } from './bulk-load.ts';
import { openCore, signIn } from './setup.ts';

const [kept, ...calls] = process.argv.slice(2);
if (!kept) throw new Error('usage: npx tsx bench/profile-core.ts <kept folder> [channel[:json]]…');
const dataset = JSON.parse(fs.readFileSync(path.join(kept, 'u10000', 'meta.json'), 'utf8')) as Dataset;
const scratch = copyDataset(dataset, path.join(kept, 'scratch', 'profile'), 'ours');
const t0 = performance.now();
const opened = await openCore('ours', scratch);
const store = opened.store as unknown as { historyDeferred?: boolean };
console.log(`open ${(performance.now() - t0).toFixed(1)} ms; history deferred after open: ${store.historyDeferred}`);
const session = await signIn(opened.core, scratch);
console.log(`history deferred after sign-in: ${store.historyDeferred}`);
for (const spec of calls) {
  const at = spec.indexOf(':');
  const channel = (at < 0 ? spec : spec.slice(0, at)) as Channel;
  const input = at < 0 ? undefined : JSON.parse(spec.slice(at + 1));
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 7; i++) {
    const deferredBefore = store.historyDeferred;
    const s = performance.now();
    const result = await opened.core.dispatch(channel, input, session);
    times.push(performance.now() - s);
    bytes = JSON.stringify(result).length;
    if (deferredBefore && !store.historyDeferred) console.log(`  ${channel} read the history`);
    if (!result.ok) console.log(`  ${channel}: ${result.error.code}`);
  }
  times.sort((a, b) => a - b);
  console.log(`${channel}: median ${times[3]!.toFixed(1)} ms (first ${times[0]!.toFixed(1)}…max ${times[6]!.toFixed(1)}), ${bytes} bytes`);
}
await opened.close();
