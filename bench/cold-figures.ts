/**
 * Cold start and heap: each sample is a fresh process running bench/cold.ts (with --expose-gc, so the
 * heap is read after a full GC), ours and naive alternating.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from './bulk-load.ts';
import type { Kind } from './setup.ts';
import { summarize, type Row } from './stats.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ColdSample {
  kind: Kind;
  users: number;
  openMs: number;
  signInMs: number;
  firstQueryMs: number;
  totalMs: number;
  heapUsedMB: number;
  gc: boolean;
  parseFloorMs: number | null;
  historyDeferred: boolean | null;
}

function coldStart(kind: Kind, dataset: Dataset): ColdSample {
  const meta = path.join(path.dirname(dataset.storeDir), 'meta.json');
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(ROOT, 'bench', 'cold.ts'), kind, meta], { cwd: ROOT, encoding: 'utf8' });
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.status !== 0 || !line.startsWith('{')) throw new Error(`cold start (${kind}, ${dataset.users}) failed:\n${run.stderr}`);
  return JSON.parse(line) as ColdSample;
}

const median = (values: number[]) => summarize(values).median;
const fixed = (value: number) => value.toFixed(0);

export function coldFigures(datasets: Dataset[], log: (text: string) => void): { rows: Row[]; samples: ColdSample[] } {
  const rows: Row[] = [];
  const all: ColdSample[] = [];
  const plan: Record<number, { ours: number; naive: number; target: number | null; heap: number | null }> = {
    1_000: { ours: 3, naive: 3, target: null, heap: null },
    10_000: { ours: 5, naive: 3, target: 120, heap: 150 },
    100_000: { ours: 3, naive: 2, target: 900, heap: 600 },
  };
  for (const dataset of datasets) {
    const want = plan[dataset.users];
    if (!want) continue;
    log(`cold start, ${dataset.users} users (${want.ours} + ${want.naive} fresh processes)…`);
    const samples: Record<Kind, ColdSample[]> = { ours: [], naive: [] };
    for (let i = 0; i < Math.max(want.ours, want.naive); i++) {
      if (i < want.ours) samples.ours.push(coldStart('ours', dataset));
      if (i < want.naive) samples.naive.push(coldStart('naive', dataset));
    }
    all.push(...samples.ours, ...samples.naive);
    const ours = samples.ours;
    const label = `${dataset.users / 1000}k users`;
    rows.push({
      figure: `cold start → first query, ${label}`,
      unit: 'ms',
      ours: summarize(ours.map((s) => s.totalMs)),
      naive: summarize(samples.naive.map((s) => s.totalMs)),
      target: want.target,
      note:
        `ours medians: open store + core ${fixed(median(ours.map((s) => s.openMs)))} ms (reading + JSON.parse of every partition file once, alone: ` +
        `${fixed(median(ours.map((s) => s.parseFloorMs ?? 0)))} ms), sign-in ${fixed(median(ours.map((s) => s.signInMs)))} ms, ` +
        `users.list ${fixed(median(ours.map((s) => s.firstQueryMs)))} ms; history (audit, outbox, billing) still unread at the first answer in ${ours.filter((s) => s.historyDeferred).length}/${ours.length}; naive: new Conf + conf.store for each of the three calls`,
    });
    if (want.heap !== null) {
      rows.push({
        figure: `heap after load (heapUsed after GC), ${label}`,
        unit: 'MB',
        ours: summarize(ours.map((s) => s.heapUsedMB)),
        naive: summarize(samples.naive.map((s) => s.heapUsedMB)),
        target: want.heap,
        note: `${ours.every((s) => s.gc) ? 'after global.gc() (node --expose-gc)' : 'WITHOUT a forced GC (--expose-gc unavailable)'}, store loaded and first query answered; naive: the parsed conf.store state held in memory`,
      });
    }
  }
  return { rows, samples: all };
}
