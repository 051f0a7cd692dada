/**
 * The shared store's figures, on a throwaway PostgreSQL cluster on loopback (fsync on, as a real
 * server) holding the 10k-user dataset: one change durable, 20 concurrent writers on the account
 * (conflicts retried), and a desktop's cold start from its local copy. Skipped, with the reason
 * printed, when no server can be started here.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import pg from 'pg';
import { put } from '../core/model/changes.ts';
import { FileStore } from '../core/store/file-store.ts';
import { PgStore } from '../core/store/pg/pg-store.ts';
import { transfer } from '../core/store/transfer.ts';
import { clusterUrl, createCluster, destroyCluster, type ClusterInfo } from '../test/pg/cluster.ts';
import { copyDataset, type Dataset } from './bulk-load.ts';
import { openPgDesktop, type ConcurrencyMode, type PgDesktop } from './pg-setup.ts';
import { serverRounds, type ServerRound } from './pg-server.ts';
import { clusterCpuMs } from './proc-cpu.ts';
import { sample, summarize, type Row } from './stats.ts';

const WRITERS = Number(process.env.BENCH_PG_WRITERS ?? 20);
const ROUND_MS = 3_000;

/** A user's Remote Support feature switched on and off in turn: one small durable licence change. */
function toggler(desktop: PgDesktop, nth: number): () => Promise<'ok' | 'conflict'> {
  const holders = [...desktop.store.tables.users.values()].filter((u) => u.status === 'active' && u.products.some((p) => p.productId === 'remote_support'));
  const holder = holders[nth % holders.length]!;
  let on = false;
  return async () => {
    const result = await desktop.dispatch('licences.apply', { userIds: [holder.id], assign: [{ productId: 'remote_support', features: { session_recording: (on = !on) } }], remove: [], alsoRemoveFromQueues: false, notify: false });
    if (result.ok) return 'ok';
    if (result.error.code === 'conflict') return 'conflict';
    throw new Error(`licences.apply failed: ${result.error.code} ${result.error.message}`);
  };
}

/** The account's admin and WRITERS - 1 colleagues made admins too: one per desktop. */
async function promoteAdmins(files: FileStore, dataset: Dataset): Promise<string[]> {
  const others = [...files.tables.users.values()].filter((u) => u.id !== dataset.adminId && u.status === 'active').slice(0, WRITERS - 1);
  await files.commit(others.map((u) => put('users', u.id, { ...u, role: 'admin' })));
  return [dataset.adminId, ...others.map((u) => u.id)];
}

async function loadDataset(info: ClusterInfo, dataset: Dataset, root: string): Promise<{ url: string; admins: string[] }> {
  const admin = new pg.Client({ connectionString: clusterUrl(info) });
  await admin.connect();
  await admin.query('CREATE DATABASE bench');
  await admin.end();
  const url = clusterUrl(info, 'bench');
  const scratch = copyDataset(dataset, path.join(root, 'pg-source'), 'ours');
  const files = new FileStore({ dir: scratch.storeDir });
  const admins = await promoteAdmins(files, dataset);
  const target = await PgStore.open({ url, localCopyDir: path.join(root, 'pg-loader'), log: () => undefined });
  await transfer(files, target);
  await target.close();
  await files.close();
  return { url, admins };
}

interface Writer {
  send(line: string): void;
  next(): Promise<string>;
  exit(): Promise<void>;
}

/** A desktop in its own process (bench/pg-writer.ts), driven line by line. */
function spawnWriter(args: string[]): Writer {
  // BENCH_CPU_PROF=<dir>: each writer writes a V8 CPU profile there (open it in Chrome's DevTools).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', path.join(import.meta.dirname, 'pg-writer.ts'), ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    const waiter = waiting.shift();
    if (waiter) waiter(line);
    else lines.push(line);
  });
  return {
    send: (line) => child.stdin.write(`${line}\n`),
    next: () => new Promise((resolve) => {
      const line = lines.shift();
      if (line !== undefined) resolve(line);
      else waiting.push(resolve);
    }),
    exit: () => new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.stdin.write('exit\n');
    }),
  };
}

/**
 * Every writer saves for ROUND_MS at once: the acknowledged commands per second, all writers
 * together, and the CPU time each acknowledged command cost the desktops and the server.
 */
interface RoundResult {
  perCommandMs: number;
  perSecond: number;
  conflicts: number;
  desktopCpuMs: number;
  serverCpuMs: number | null;
}

async function writersRound(writers: Writer[], dataDir: string, ms = ROUND_MS, mix: 'details' | 'mixed' = 'details'): Promise<RoundResult> {
  const server0 = clusterCpuMs(dataDir);
  for (const w of writers) w.send(`go ${ms} ${mix}`);
  const results = (await Promise.all(writers.map((w) => w.next()))).map((line) => JSON.parse(line) as { ok: number; conflicts: number; ms: number; cpuMs: number });
  const server1 = clusterCpuMs(dataDir);
  const ok = results.reduce((sum, r) => sum + r.ok, 0);
  const elapsed = Math.max(...results.map((r) => r.ms));
  return {
    perCommandMs: elapsed / ok,
    perSecond: (ok * 1000) / elapsed,
    conflicts: results.reduce((sum, r) => sum + r.conflicts, 0),
    desktopCpuMs: results.reduce((sum, r) => sum + r.cpuMs, 0) / ok,
    serverCpuMs: server0 === null || server1 === null ? null : (server1 - server0) / ok,
  };
}

/** "desktops 1.10–1.30 ms, server 0.70–0.80 ms": CPU per acknowledged command over a figure's rounds. */
function cpuNote(rounds: readonly RoundResult[]): string {
  const range = (values: number[]) => `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)} ms`;
  const server = rounds.map((r) => r.serverCpuMs).filter((v): v is number => v !== null);
  return `desktops ${range(rounds.map((r) => r.desktopCpuMs))}${server.length ? `, server ${range(server)}` : ''}`;
}

export async function postgresFigures(dataset: Dataset, root: string, log: (text: string) => void): Promise<Row[]> {
  let info: ClusterInfo;
  try {
    info = await createCluster([]);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log(`PostgreSQL figures SKIPPED: no server could be started (${reason})`);
    return [{ figure: 'PostgreSQL shared store', unit: 'ms', ours: null, naive: null, target: null, skipped: `skipped: PostgreSQL could not be started (${reason.slice(0, 120)})` }];
  }
  const rows: Row[] = [];
  const writers: Writer[] = [];
  try {
    log(`PostgreSQL ${path.basename(path.dirname(info.binDir))} on 127.0.0.1:${info.port}: loading the ${dataset.users}-user account…`);
    const { url, admins } = await loadDataset(info, dataset, root);
    const firstCopy = path.join(root, 'pg-desktop-0');
    const first = await openPgDesktop(url, firstCopy, dataset);
    log('PostgreSQL: one licence change, durable (200 samples)…');
    const one = toggler(first, 0);
    const samples = await sample({ n: 200, warmup: 10 }, async () => {
      if ((await one()) !== 'ok') throw new Error('a lone writer got a conflict');
    });
    rows.push({ figure: `PostgreSQL: one licence change durable, ${dataset.users / 1000}k users`, unit: 'ms', ours: summarize(samples), naive: null, target: 5, note: 'a commit is one round trip: a procedure that commits (checks what the command read, writes records and the change log, announces) and then flushes the WAL, sharing the fsync with other desktops; fsync on' });
    await first.close();

    // The other desktops start from a copy of the first one's local copy, as if they had run before.
    for (let i = 1; i < WRITERS; i++) fs.cpSync(firstCopy, path.join(root, `pg-desktop-${i}`), { recursive: true });
    const meta = path.join(path.dirname(dataset.storeDir), 'meta.json');
    const MODES = { ours: 'what was read, a retry under the account lock', optimistic: 'what was read, retried optimistically', account: 'the whole account' };
    const round = async (mode: ConcurrencyMode, mixes: ('details' | 'mixed')[]) => {
      log(`PostgreSQL: ${WRITERS} admins (one desktop process each), conflicts on ${MODES[mode]}, retried…`);
      for (let i = 0; i < WRITERS; i++) writers.push(spawnWriter([url, path.join(root, `pg-desktop-${i}`), meta, String(i), admins[i]!, mode]));
      for (const w of writers) if ((await w.next()) !== 'ready') throw new Error('a writer failed to open');
      await writersRound(writers, info.dataDir, 1_000); // warm-up (JIT, connections, first folds), not counted
      const rounds = { details: [] as RoundResult[], mixed: [] as RoundResult[] };
      for (const mix of mixes) {
        log(`  ${mix === 'mixed' ? 'every tenth command a licence taken from or given back to a colleague' : 'saving their details'}, ${ROUND_MS / 1000} s × 3`);
        for (let r = 0; r < 3; r++) rounds[mix].push(await writersRound(writers, info.dataDir, ROUND_MS, mix));
      }
      await Promise.all(writers.splice(0).map((w) => w.exit()));
      return rounds;
    };
    const naive = (await round('account', ['details'])).details;
    const optimistic = (await round('optimistic', ['mixed'])).mixed;
    const { details: ours, mixed } = await round('ours', ['details', 'mixed']);
    const perSecond = (rounds: typeof ours) => rounds.map((r) => r.perSecond.toFixed(0)).join(', ');
    const conflicts = (rounds: typeof ours) => rounds.map((r) => r.conflicts).join(', ');
    rows.push({
      figure: `PostgreSQL: ${WRITERS} concurrent writers, time per acknowledged command (1,000/s = 1 ms)`,
      unit: 'ms',
      ours: summarize(ours.map((r) => r.perCommandMs)),
      naive: summarize(naive.map((r) => r.perCommandMs)),
      target: 1,
      note: `commands/s per round: ${perSecond(ours)} (naive, one version for the whole account: ${perSecond(naive)}); conflicts retried per round: ${conflicts(ours)} (naive: ${conflicts(naive)}); CPU per acknowledged command: ${cpuNote(ours)} (naive: ${cpuNote(naive)})`,
    });
    rows.push({
      figure: `PostgreSQL: ${WRITERS} concurrent writers, 1 command in 10 a licence change, time per acknowledged command`,
      unit: 'ms',
      ours: summarize(mixed.map((r) => r.perCommandMs)),
      naive: summarize(optimistic.map((r) => r.perCommandMs)),
      target: 1,
      note: `commands/s per round: ${perSecond(mixed)} (naive, retried optimistically: ${perSecond(optimistic)}); conflicts retried per round: ${conflicts(mixed)} (naive: ${conflicts(optimistic)}). A licence change counts every product's holders (the seats facet), so another licence change meanwhile refuses it; ours retries it under the account lock; CPU per acknowledged command: ${cpuNote(mixed)}`,
    });

    log(`PostgreSQL: the server's side, ${WRITERS} writer connections in one process (desktops' own work left out), ${ROUND_MS / 1000} s × 3…`);
    const serverOurs = await serverRounds(url, admins.slice(0, WRITERS), false, 3, ROUND_MS);
    const serverNaive = await serverRounds(url, admins.slice(0, WRITERS), true, 3, ROUND_MS);
    const perCommand = (rounds: ServerRound[]) => summarize(rounds.map((r) => 1000 / r.perSecond));
    const list = (rounds: ServerRound[], pick: (r: ServerRound) => number) => rounds.map((r) => pick(r).toFixed(0)).join(', ');
    rows.push({
      figure: `PostgreSQL: ${WRITERS} concurrent writers, the server's side (each desktop's own work on its own machine), time per acknowledged command`,
      unit: 'ms',
      ours: perCommand(serverOurs),
      naive: perCommand(serverNaive),
      target: 1,
      note: `commands/s per round: ${list(serverOurs, (r) => r.perSecond)} (naive, one version for the whole account: ${list(serverNaive, (r) => r.perSecond)}); conflicts retried: ${list(serverOurs, (r) => r.conflicts)} (naive: ${list(serverNaive, (r) => r.conflicts)}). The same commits as the figure above (record, audit entry, what was read), durable, each answer carrying the commits that writer had not seen; taking them in is the desktops' work, measured above`,
    });

    log('PostgreSQL: cold start of a desktop from its local copy (5 fresh processes)…');
    const cold = [];
    for (let i = 0; i < 5; i++) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'pg-cold.ts'), url, firstCopy, meta], { encoding: 'utf8' });
      const line = run.stdout.trim().split('\n').pop() ?? '';
      if (run.status !== 0 || !line.startsWith('{')) throw new Error(`pg-cold failed: ${run.stderr.slice(-500)}`);
      cold.push(JSON.parse(line) as { totalMs: number; openAndSignInMs: number; firstQueryMs: number });
    }
    rows.push({
      figure: `PostgreSQL: cold start → first query, ${dataset.users / 1000}k users, from the local copy`,
      unit: 'ms',
      ours: summarize(cold.map((c) => c.totalMs)),
      naive: null,
      target: 500,
      note: `open + catch-up + sign-in medians ${summarize(cold.map((c) => c.openAndSignInMs)).median.toFixed(0)} ms, users.list ${summarize(cold.map((c) => c.firstQueryMs)).median.toFixed(0)} ms`,
    });
  } finally {
    await Promise.all(writers.map((w) => w.exit()));
    destroyCluster(info);
  }
  return rows;
}
