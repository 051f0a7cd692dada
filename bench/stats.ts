/**
 * Sampling, summaries and the printed table. Every figure is measured several times; a row keeps
 * min / median / max of the samples, the naive baseline's summary next to it, and the target.
 */
import { performance } from 'node:perf_hooks';

export interface Summary {
  n: number;
  min: number;
  median: number;
  max: number;
}

export interface Row {
  figure: string;
  unit: 'ms' | 'MB' | 's';
  ours: Summary | null;
  naive: Summary | null;
  /** The target the median must stay under; null for an informational row. */
  target: number | null;
  /** Naive median / ours median must be at least this (e.g. 10 for "≥ 10× faster"). */
  minRatio?: number;
  note?: string;
  /** Set when the figure was not measured (printed instead of numbers). */
  skipped?: string;
}

export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  return { n, min: sorted[0]!, median, max: sorted[n - 1]! };
}

export interface SampleOptions {
  /** Samples wanted. */
  n: number;
  /** Untimed runs first (JIT, caches). */
  warmup?: number;
  /** Stop early once this much time went into samples (always at least `min` samples). */
  budgetMs?: number;
  min?: number;
}

/** Times `run` (setup, when given, is untimed and may hand a value to run). */
export async function sample<T>(options: SampleOptions, run: (prepared: T) => unknown, setup?: () => T | Promise<T>): Promise<number[]> {
  for (let i = 0; i < (options.warmup ?? 0); i++) await run((await setup?.()) as T);
  const samples: number[] = [];
  const started = performance.now();
  const min = options.min ?? 3;
  while (samples.length < options.n) {
    const prepared = (await setup?.()) as T;
    const t0 = performance.now();
    await run(prepared);
    samples.push(performance.now() - t0);
    if (options.budgetMs !== undefined && samples.length >= min && performance.now() - started > options.budgetMs) break;
  }
  return samples;
}

function fmt(value: number, unit: Row['unit']): string {
  if (unit === 'MB') return value.toFixed(1);
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function triple(s: Summary | null, unit: Row['unit']): string {
  return s ? `${fmt(s.min, unit)} / ${fmt(s.median, unit)} / ${fmt(s.max, unit)} (n=${s.n})` : '—';
}

export function verdict(row: Row): { pass: boolean | null; text: string } {
  if (row.skipped || !row.ours) return { pass: null, text: '' };
  const ratio = row.naive ? row.naive.median / row.ours.median : null;
  const parts: string[] = [];
  let pass: boolean | null = null;
  if (row.target !== null) {
    const ok = row.ours.median < row.target;
    pass = ok;
    parts.push(`${ok ? '✓' : '✗'} median ${fmt(row.ours.median, row.unit)} ${ok ? '<' : '≥'} ${row.target} ${row.unit}`);
  }
  if (row.minRatio !== undefined && ratio !== null) {
    const ok = ratio >= row.minRatio;
    pass = (pass ?? true) && ok;
    parts.push(`${ok ? '✓' : '✗'} ${ratio.toFixed(1)}× ${ok ? '≥' : '<'} ${row.minRatio}×`);
  }
  return { pass, text: parts.join(', ') };
}

export function ratioText(row: Row): string {
  if (!row.ours || !row.naive) return '—';
  const ratio = row.naive.median / row.ours.median;
  const [better, worse] = row.unit === 'MB' ? ['less', 'more'] : ['faster', 'slower'];
  return ratio >= 1 ? `${ratio.toFixed(1)}× ${better}` : `${(1 / ratio).toFixed(1)}× ${worse}`;
}

export function printTable(rows: Row[]): void {
  const header = ['figure', 'ours min / median / max', 'naive min / median / max', 'naive ÷ ours', 'target', 'result'];
  const lines = rows.map((row) => {
    if (row.skipped) return [row.figure, row.skipped, '', '', '', ''];
    const target = row.target === null ? 'info' : `< ${row.target} ${row.unit}${row.minRatio ? `, ≥ ${row.minRatio}×` : ''}`;
    return [`${row.figure} (${row.unit})`, triple(row.ours, row.unit), triple(row.naive, row.unit), ratioText(row), target, verdict(row).text];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const show = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  console.log(show(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const line of lines) console.log(show(line));
  for (const row of rows) if (row.note) console.log(`  · ${row.figure}: ${row.note}`);
}

export const ms = (t0: number) => performance.now() - t0;
