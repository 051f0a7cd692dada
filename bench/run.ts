/**
 * `npm run bench`: builds 1k / 10k / 100k-user stores in a temp folder, measures every figure several
 * times next to the naive baseline (bench/naive-store.ts) in the same run, prints min / median / max
 * with the ratio and the target, and writes bench/results.json. Not part of `npm test`.
 * BENCH_KEEP=1 keeps the temp folder (its path is printed). BENCH_ONLY=inp runs only the input → paint
 * figures (1k and 10k users, a few minutes); BENCH_DATA=<folder kept by BENCH_KEEP> reuses its datasets;
 * BENCH_NO_BUILD=1 reuses out/renderer. BENCH_INP=sign-in,order times only those groups of interactions
 * (bench/inp.ts, INP_GROUPS); BENCH_INP_USERS=10000 skips the 1k-user run.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { FIXED_NOW } from '../core/testing/fakes.ts';
import { buildDataset, type Dataset } from './bulk-load.ts';
import { coldFigures } from './cold-figures.ts';
import { coreFigures } from './core-figures.ts';
import { postgresFigures } from './postgres.ts';
import { signInFigures } from './sign-in-figures.ts';
import { printTable, verdict, type Row } from './stats.ts';
import { inpReport, inpRun } from './inp.ts';
import { ensureRenderer, launchChromium, uiFigures } from './ui-figures.ts';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ONLY = process.env.BENCH_ONLY;
/** BENCH_INP_USERS=10000 (with BENCH_ONLY=inp) times the 10k-user account only. */
const INP_USERS = process.env.BENCH_INP_USERS === '10000' ? [10_000] : [1_000, 10_000];
const SIZES = ONLY === 'inp' ? INP_USERS : [1_000, 10_000, 100_000];
/** Rounds of every interaction per dataset (after one warm-up round). */
const INP_ROUNDS = { 1_000: 5, 10_000: 9 } as const;
const started = performance.now();
const log = (text: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s] ${text}`);

function datasetRows(datasets: Dataset[]): Row[] {
  return datasets.map((d) => {
    const once = (value: number) => ({ n: 1, min: value, median: value, max: value });
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    return {
      figure: `build a ${d.users / 1000}k-user store (generate + bulk load)`,
      unit: 'ms',
      ours: once(d.generateMs + d.loadMs),
      naive: once(d.generateMs + d.naiveMs),
      target: null,
      note: `generate ${d.generateMs.toFixed(0)} ms; ours ${d.storeFiles} files, ${mb(d.storeBytes)}; naive one file, ${mb(d.naiveBytes)}; records ${JSON.stringify(d.counts)}`,
    };
  });
}

/** Reuses the datasets of a kept folder (BENCH_DATA), or builds them. */
async function datasetOf(root: string, users: number): Promise<Dataset> {
  const kept = process.env.BENCH_DATA;
  if (kept && fs.existsSync(path.join(kept, `u${users}`, 'meta.json'))) return JSON.parse(fs.readFileSync(path.join(kept, `u${users}`, 'meta.json'), 'utf8')) as Dataset;
  return buildDataset(root, users, FIXED_NOW);
}

async function inpFigures(datasets: Dataset[], root: string): Promise<Row[]> {
  if (!process.env.BENCH_NO_BUILD) ensureRenderer(log);
  const browser = await launchChromium();
  try {
    const [small, large] = [datasets.find((d) => d.users === 1_000), datasets.find((d) => d.users === 10_000)!];
    log('Chromium: input → next paint, 1k users…');
    const smallRun = small ? await inpRun(browser, small, root, INP_ROUNDS[1_000], log) : { users: 1_000, samples: {}, views: [], hashMs: { n: 0, min: 0, median: 0, max: 0 } };
    log('Chromium: input → next paint, 10k users…');
    const largeRun = await inpRun(browser, large, root, INP_ROUNDS[10_000], log);
    return inpReport(smallRun, largeRun);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-bench-'));
  log(`data in ${root} · Node ${process.version} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'} · clock fixed at ${FIXED_NOW.toISOString()}`);
  const rows: Row[] = [];
  const results: Record<string, unknown> = { startedAt: new Date().toISOString(), node: process.version, cpus: os.cpus().length, platform: `${os.platform()} ${os.release()}` };
  try {
    const datasets: Dataset[] = [];
    for (const users of SIZES) {
      log(`building the ${users}-user store (seeded generator → FileStore bulk load; naive conf file)…`);
      datasets.push(await datasetOf(root, users));
    }
    if (ONLY === 'inp') {
      rows.push(...(await inpFigures(datasets, root)));
      return;
    }
    spawnSync('sync'); // nothing written by the build is left to flush while figures are timed
    rows.push(...datasetRows(datasets));
    results.datasets = datasets.map(({ subscriptions: _subscriptions, ...d }) => d);
    const tenK = datasets.find((d) => d.users === 10_000)!;

    const cold = coldFigures(datasets, log);
    rows.push(...cold.rows);
    results.coldSamples = cold.samples;
    rows.push(...(await coreFigures(tenK, root, log)));
    const hundredK = datasets.find((d) => d.users === 100_000)!;
    rows.push(...(await uiFigures(tenK, hundredK, root, log)));
    process.env.BENCH_NO_BUILD = '1'; // uiFigures just built it
    rows.push(...(await inpFigures(datasets, root)));
    rows.push(...(await postgresFigures(tenK, root, log)));
    rows.push(...(await signInFigures(log)));
  } finally {
    if (process.env.BENCH_KEEP) log(`kept ${root}`);
    else fs.rmSync(root, { recursive: true, force: true });
  }

  console.log('');
  printTable(rows);
  const judged = rows.map((row) => ({ ...row, ratio: row.ours && row.naive ? row.naive.median / row.ours.median : null, verdict: verdict(row) }));
  const missed = judged.filter((r) => r.verdict.pass === false);
  console.log('');
  if (missed.length === 0) console.log('All targets met.');
  else {
    console.log(`✗ ${missed.length} target(s) missed:`);
    for (const r of missed) console.log(`  ✗ ${r.figure}: ${r.verdict.text}`);
  }
  results.finishedAt = new Date().toISOString();
  const seconds = (performance.now() - started) / 1000;
  results.seconds = seconds;
  results.rows = judged;
  fs.writeFileSync(path.join(BENCH, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  log(`done in ${seconds.toFixed(0)} s; results in bench/results.json`);
}

await main();
