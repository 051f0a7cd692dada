/**
 * One of the benchmark's concurrent desktops, in its own process (as each admin's desktop is): opens
 * the shared account from its local copy as one of the account's admins, prints "ready", then for each
 * "go <ms> <details|mixed>" line on stdin saves that admin's details again and again for that long
 * (mixed: every tenth command takes a colleague's licence away or gives it back instead), retrying
 * conflicts, and prints one JSON line {ok, conflicts, ms, cpuMs} (cpuMs: this process's CPU time in the round). "exit" closes it.
 *   node --import tsx bench/pg-writer.ts <url> <local copy dir> <meta.json> <nth> <admin id> <ours|optimistic|account>
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import readline from 'node:readline';
import type { Dataset } from './bulk-load.ts';
import { openPgDesktop, type ConcurrencyMode } from './pg-setup.ts';

const [url, copyDir, metaPath, nth, adminId, mode] = process.argv.slice(2) as [string, string, string, string, string, ConcurrencyMode];
const dataset = JSON.parse(fs.readFileSync(metaPath, 'utf8')) as Dataset;
const desktop = await openPgDesktop(url, copyDir, dataset, { mode, userId: adminId });
let n = 0;

/** The admin's own details with a new phone number: microseconds of domain work, so the store is what is timed. */
async function save(): Promise<boolean> {
  const phone = `+33 1 ${nth.padStart(2, '0')}${String(++n).padStart(6, '0')}`;
  const result = await desktop.dispatch('me.updatePersonal', { firstName: 'Ada', lastName: 'Admin', phone, language: 'en', timeZone: 'Europe/Paris' });
  if (result.ok) return true;
  if (result.error.code === 'conflict') return false;
  throw new Error(`me.updatePersonal failed: ${result.error.code} ${result.error.message}`);
}

/**
 * A colleague's Remote Support licence taken away, then given back: a licence command counts the
 * holders of every product (the seats check, through the seats facet), so another desktop's licence
 * change meanwhile refuses it, and it is retried (under the account's lock, in our mode). Each writer
 * has a colleague of its own, and gives back only what it took: the seats bought always suffice.
 */
const holders = [...desktop.store.tables.users.values()].filter((u) => u.status === 'active' && u.role === 'user' && u.products.some((p) => p.productId === 'remote_support'));
const colleague = holders[Number(nth) % holders.length]!;
let holds = true;
async function toggle(): Promise<boolean> {
  const change = holds ? { assign: [], remove: ['remote_support'] } : { assign: [{ productId: 'remote_support', features: {} }], remove: [] };
  const result = await desktop.dispatch('licences.apply', { userIds: [colleague.id], ...change, alsoRemoveFromQueues: false, notify: false });
  if (result.ok) {
    holds = !holds;
    return true;
  }
  if (result.error.code === 'conflict') return false;
  throw new Error(`licences.apply failed: ${result.error.code} ${result.error.message}`);
}

console.log('ready');
for await (const line of readline.createInterface({ input: process.stdin })) {
  if (line === 'exit') break;
  const [, time, mix] = line.split(' ');
  const ms = Number(time);
  let ok = 0;
  let conflicts = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  while (performance.now() - t0 < ms) {
    // A command refused by a conflict is retried as it is (the desktop has taken the change in).
    const command = mix === 'mixed' && ok % 10 === 9 ? toggle : save;
    if (await command()) ok++;
    else conflicts++;
  }
  const cpu = process.cpuUsage(cpu0);
  console.log(JSON.stringify({ ok, conflicts, ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 }));
}
await desktop.close();
// stdin (the driver's pipe) would keep the process alive.
process.exit(0);
