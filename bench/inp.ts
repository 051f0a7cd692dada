/**
 * What a user waits for: input → next painted frame, in Chromium through the browser-mode bridge on the
 * built renderer, for each interaction of the issue, at 1k and 10k users. The input is real (playwright
 * clicks and key presses); the page times it (bench/inp-probe.ts): from the input event's timestamp to
 * the frame painted once the expected screen shows with no call in flight. Next to it, the Event Timing
 * API's duration (the browser's INP for the same input: its first frame only). Each figure's time is
 * split into the core command's own time (Server-Timing from the bridge), the bridge round trip
 * (calls in flight, wall time, less the core), script in long animation frames (React's render,
 * handlers, parsing the answers), style + layout, and the rest (paint, short frames, idle).
 *
 * Views: every entry of the app's navigation as rendered (`nav.nav a`, built from the one list of views
 * in renderer/app/routes.tsx), so a new view is measured without anyone adding it here.
 * Sign-in runs with the real Argon2id hasher (the admin's fake hash is upgraded at the warm-up sign-in);
 * the hash alone is timed in Node next to it.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser, Page } from 'playwright-core';
import { createArgon2Hasher } from '../core/adapters/password-hasher.ts';
import type { PasswordHasher } from '../core/ports/password-hasher.ts';
import { plainHasher } from '../core/testing/fakes.ts';
import { startBridge } from '../electron/browser/server.ts';
import { BENCH_PASSWORD, copyDataset, type Dataset } from './bulk-load.ts';
import { arm, collect, installProbe, settled, type Expect, type FetchRecord, type FrameRecord } from './inp-probe.ts';
import { openCore } from './setup.ts';
import { summarize, type Row, type Summary } from './stats.ts';

const RENDERER = path.resolve(process.env.BENCH_RENDERER ?? 'out/renderer');
export const INP_TARGET = { p50: 100, p95: 200, signIn: 150, signInRest: 50 } as const;

export interface Breakdown {
  total: number;
  /** Event Timing's duration of the input (the browser's INP for it), null when under 16 ms. */
  event: number | null;
  core: number;
  json: number;
  bridge: number;
  script: number;
  layout: number;
  rest: number;
  channels: string[];
}

/** Argon2id for new hashes, the dataset's fake hash still accepted once (the first sign-in upgrades it). */
function upgradingHasher(): PasswordHasher {
  const argon2 = createArgon2Hasher();
  return {
    hash: (password) => argon2.hash(password),
    verify: (password, stored) => (stored.startsWith('$argon2id$') ? argon2.verify(password, stored) : plainHasher.verify(password, stored)),
    needsRehash: (stored) => argon2.needsRehash(stored),
    unknownUserHash: argon2.unknownUserHash,
  };
}

/** The union of the calls' intervals within [from, to]: how long the page waited on the bridge. */
function inFlight(fetches: FetchRecord[], from: number, to: number): number {
  const spans = fetches.map((f) => [Math.max(from, f.start), Math.min(to, f.end || to)] as const).filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of spans) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

function frameParts(frames: FrameRecord[], from: number, to: number): { script: number; layout: number } {
  let script = 0;
  let layout = 0;
  for (const f of frames) {
    const end = f.startTime + f.duration;
    if (end < from || f.startTime > to) continue;
    script += f.scripts;
    if (f.styleAndLayoutStart > 0) layout += Math.max(0, Math.min(end, to) - f.styleAndLayoutStart);
  }
  return { script, layout };
}

/** Arms the probe, runs the real input, waits until the expected screen is painted and settled. */
export async function timeInteraction(page: Page, expect: Expect, input: () => Promise<unknown>): Promise<Breakdown> {
  await page.evaluate(arm, expect);
  await input();
  await page.waitForFunction(settled, expect, { polling: 'raf', timeout: 60_000 });
  const got = await page.evaluate(collect);
  if (got.input === null || got.painted === null) throw new Error(`no input or paint seen for ${JSON.stringify(expect)}`);
  const total = got.painted - got.input;
  const fetches = got.fetches.filter((f) => f.start >= got.input! - 1 && f.start <= got.painted!);
  const bridgeWall = inFlight(fetches, got.input, got.painted);
  const core = fetches.reduce((sum, f) => sum + f.core, 0);
  const json = fetches.reduce((sum, f) => sum + f.json, 0);
  const { script, layout } = frameParts(got.frames, got.input, got.painted);
  const events = got.events.filter((e) => e.interactionId > 0 && e.startTime >= got.input! - 1);
  return {
    total,
    event: events.length ? Math.max(...events.map((e) => e.duration)) : null,
    core,
    json,
    bridge: Math.max(0, bridgeWall - core - json),
    script,
    layout,
    rest: Math.max(0, total - bridgeWall - script - layout),
    channels: [...new Set(fetches.map((f) => f.channel))],
  };
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const NAV = 'nav.nav a';

async function go(page: Page, view: string): Promise<void> {
  await page.locator(`${NAV}[href="#/${view}"]`).click();
  await page.locator(`${NAV}[href="#/${view}"][aria-current="page"]`).waitFor();
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
}

type Samples = Map<string, Breakdown[]>;
const push = (samples: Samples, name: string, b: Breakdown) => samples.set(name, [...(samples.get(name) ?? []), b]);

async function signInSamples(page: Page, dataset: Dataset, rounds: number, samples: Samples): Promise<void> {
  for (let round = 0; round <= rounds; round++) {
    await page.getByRole('button', { name: 'Sign out' }).click();
    const form = page.locator('form.signin-card');
    await form.waitFor();
    await form.locator('input[type="email"]').fill(dataset.adminEmail);
    await form.locator('input[type="password"]').fill(BENCH_PASSWORD);
    const b = await timeInteraction(page, { selector: 'main h1', text: 'Overview' }, () => form.locator('button[type="submit"]').click());
    if (round > 0) push(samples, 'sign-in: submit → home painted', b); // the first one upgrades the hash
  }
}

async function viewSamples(page: Page, rounds: number, samples: Samples): Promise<string[]> {
  const views = await page.locator(NAV).evaluateAll((links) => links.map((a) => (a.getAttribute('href') ?? '').replace(/^#\//, '')));
  for (let round = 0; round <= rounds; round++) {
    for (const view of [...views.slice(1), views[0]!]) {
      const link = page.locator(`${NAV}[href="#/${view}"]`);
      const b = await timeInteraction(page, { selector: `${NAV}[href="#/${view}"][aria-current="page"]` }, () => link.click());
      if (round > 0) push(samples, `view switch → ${view}`, b);
    }
  }
  return views;
}

async function orderSamples(page: Page, rounds: number, samples: Samples): Promise<void> {
  for (let round = 0; round <= rounds; round++) {
    await go(page, 'subscriptions');
    const card = page.locator('main section.subscription').first();
    const id = await card.getAttribute('id');
    await card.getByRole('button', { name: 'Add seats', exact: true }).click();
    const preview = `#${id} .preview`;
    const ready = (selector: string) => document.querySelector(`${selector} table`) !== null && document.querySelector(`${selector}[aria-busy="true"]`) === null;
    await page.waitForFunction(ready, preview);
    const seats = card.locator('input[type="number"]').first();
    await seats.fill('1'); // untimed; then each ArrowUp (one key press) adds a seat
    await page.waitForFunction(ready, preview);
    await page.waitForLoadState('networkidle');
    for (let step = 0; step < 2; step++) {
      const b = await timeInteraction(page, { selector: `${preview} table`, changed: true, absent: `${preview}[aria-busy="true"]` }, () => seats.press('ArrowUp'));
      if (round > 0) push(samples, 'seat count change → preview painted', b);
    }
    const add = await timeInteraction(page, { selector: 'main [role="status"]', text: 'Added to your cart' }, () => card.getByRole('button', { name: 'Add to cart' }).click());
    if (round > 0) push(samples, 'add to cart → painted', add);
    await go(page, 'cart');
    await page.locator('main').getByRole('button', { name: 'Place order' }).and(page.locator(':enabled')).waitFor();
    const placed = await timeInteraction(page, { selector: 'main', text: 'Order confirmed' }, () => page.locator('main').getByRole('button', { name: 'Place order' }).click());
    if (round > 0) push(samples, 'place order → confirmation painted', placed);
  }
}

async function invoiceSamples(page: Page, rounds: number, samples: Samples): Promise<void> {
  for (let round = 0; round <= rounds; round++) {
    await go(page, 'transactions');
    const row = page.locator('main table.table tbody tr[title]').nth(round);
    await row.waitFor();
    const b = await timeInteraction(page, { selector: 'article h1', text: 'INV-' }, () => row.click());
    if (round > 0) push(samples, 'open an invoice (Transactions row) → painted', b);
  }
}

async function peopleSamples(page: Page, rounds: number, samples: Samples): Promise<void> {
  await go(page, 'people');
  for (let round = 0; round <= rounds; round++) {
    const row = page.locator('main table tbody tr:not([aria-hidden])').nth(round + 1);
    await row.waitFor();
    const name = (await row.locator('td.col-name').textContent())?.trim() ?? '';
    const opened = await timeInteraction(page, { selector: 'aside.user-details h2', text: name.split(' ')[0] }, () => row.click());
    if (round > 0) push(samples, "open a user's side panel → painted", opened);
    await page.locator('main').getByRole('button', { name: `Actions for ${name}` }).first().click();
    const item = page.getByRole('menuitem', { name: 'Add products', exact: true });
    await item.waitFor();
    const dialog = await timeInteraction(page, { selector: '[role="dialog"]' }, () => item.click());
    if (round > 0) push(samples, 'open the Add/Remove products dialog → painted', dialog);
    await page.keyboard.press('Escape');
    await page.locator('[role="dialog"]').waitFor({ state: 'detached' });
  }
}

async function paletteSamples(page: Page, rounds: number, samples: Samples): Promise<void> {
  await go(page, 'overview');
  for (let round = 0; round <= rounds; round++) {
    const opened = await timeInteraction(page, { selector: '[role="dialog"] [cmdk-list][aria-busy="false"]' }, () => page.keyboard.press('Control+K'));
    if (round > 0) push(samples, 'palette: open (Ctrl+K) → painted', opened);
    const filtered = await timeInteraction(page, { selector: '[role="dialog"] [cmdk-list]', changed: true }, () => page.keyboard.press('p'));
    if (round > 0) push(samples, 'palette: first filter keystroke → painted', filtered);
    await page.keyboard.press('Escape');
    await page.locator('[role="dialog"]').waitFor({ state: 'detached' });
  }
}

export const INP_GROUPS = ['sign-in', 'views', 'order', 'invoice', 'people', 'palette'] as const;

/** BENCH_INP=sign-in,order (a comma list of INP_GROUPS) times only those interactions; all when unset. */
export function inpGroups(): Set<string> {
  const wanted = (process.env.BENCH_INP ?? '').split(',').map((g) => g.trim()).filter(Boolean);
  const unknown = wanted.filter((g) => !(INP_GROUPS as readonly string[]).includes(g));
  if (unknown.length) throw new Error(`BENCH_INP: unknown group(s) ${unknown.join(', ')}; known: ${INP_GROUPS.join(', ')}`);
  return new Set(wanted.length ? wanted : INP_GROUPS);
}

export interface InpResult {
  users: number;
  samples: Record<string, Breakdown[]>;
  views: string[];
  hashMs: Summary;
}

/** Every interaction on one dataset (a scratch copy: orders change it). */
export async function inpRun(browser: Browser, dataset: Dataset, root: string, rounds: number, log: (text: string) => void): Promise<InpResult> {
  const scratch = copyDataset(dataset, path.join(root, 'scratch', `inp-${dataset.users}`), 'ours');
  const hasher = upgradingHasher();
  const opened = await openCore('ours', scratch, undefined, hasher);
  const bridge = await startBridge({ core: opened.core, staticDir: RENDERER, serverTiming: true });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/Paris' });
  context.setDefaultTimeout(60_000);
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  const samples: Samples = new Map();
  try {
    await page.goto(bridge.signInUrl());
    await page.waitForURL(bridge.url);
    const form = page.locator('form.signin-card');
    await form.locator('input[type="email"]').fill(dataset.adminEmail);
    await form.locator('input[type="password"]').fill(BENCH_PASSWORD);
    await form.locator('button[type="submit"]').click();
    await page.locator(NAV).first().waitFor();
    await page.waitForLoadState('networkidle');
    const only = inpGroups();
    let views: string[] = [];
    if (only.has('sign-in')) {
      log(`  ${dataset.users} users: sign-in…`);
      await signInSamples(page, dataset, rounds, samples);
    }
    if (only.has('views')) {
      log(`  ${dataset.users} users: view switches…`);
      views = await viewSamples(page, rounds, samples);
    }
    if (only.has('order')) {
      log(`  ${dataset.users} users: seat count, add to cart, place order…`);
      await orderSamples(page, rounds, samples);
    }
    log(`  ${dataset.users} users: invoice, side panel, dialog, palette…`);
    if (only.has('invoice')) await invoiceSamples(page, rounds, samples);
    if (only.has('people')) await peopleSamples(page, rounds, samples);
    if (only.has('palette')) await paletteSamples(page, rounds, samples);
    // The hash alone, in this process as the core runs it.
    const stored = await hasher.hash(BENCH_PASSWORD);
    const hash: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      await hasher.verify(BENCH_PASSWORD, stored);
      hash.push(performance.now() - t0);
    }
    return { users: dataset.users, samples: Object.fromEntries(samples), views, hashMs: summarize(hash) };
  } finally {
    await context.close();
    await bridge.close();
    await opened.close();
  }
}

const f0 = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const median = (values: number[]) => summarize(values).median;

function breakdownText(samples: Breakdown[]): string {
  const m = (key: keyof Omit<Breakdown, 'channels' | 'event'>) => f0(median(samples.map((s) => s[key])));
  const channels = [...new Set(samples.flatMap((s) => s.channels))].join(', ') || 'no call';
  return `core ${m('core')} + answer JSON ${m('json')} + bridge ${m('bridge')} + script ${m('script')} + style/layout ${m('layout')} + rest ${m('rest')} ms (${channels})`;
}

/** The table of the INP figures (1k next to 10k) and rows for the bench's summary table. */
export function inpReport(small: InpResult, large: InpResult): Row[] {
  const names = Object.keys(large.samples);
  const header = ['interaction', '1k p50 / p95', '10k p50 / p95 / worst (n)', '10k Event Timing p50', 'target', 'result'];
  const rows: Row[] = [];
  const lines: string[][] = [];
  const notes: string[] = [];
  for (const name of names) {
    const big = large.samples[name]!;
    const little = small.samples[name] ?? [];
    const totals = big.map((b) => b.total);
    const p50 = percentile(totals, 50);
    const p95 = percentile(totals, 95);
    const signIn = name.startsWith('sign-in');
    const target = signIn ? INP_TARGET.signIn : INP_TARGET.p50;
    const pass = p50 < target && (signIn || p95 < INP_TARGET.p95);
    const events = big.map((b) => b.event).filter((e): e is number => e !== null);
    lines.push([
      name,
      little.length ? `${f0(percentile(little.map((b) => b.total), 50))} / ${f0(percentile(little.map((b) => b.total), 95))}` : '—',
      `${f0(p50)} / ${f0(p95)} / ${f0(Math.max(...totals))} (${big.length})`,
      events.length ? `${f0(percentile(events, 50))} (${events.length}/${big.length} ≥ 16 ms)` : 'all < 16 ms',
      signIn ? `< ${target}` : `p50 < ${INP_TARGET.p50}, p95 < ${INP_TARGET.p95}`,
      pass ? '✓' : '✗',
    ]);
    if (!pass || signIn) notes.push(`  · ${name} (10k medians): ${breakdownText(big)}`);
    const summary = summarize(totals);
    rows.push({ figure: `INP ${name}, 10k users`, unit: 'ms', ours: summary, naive: null, target, note: `p95 ${f0(p95)} ms (target < ${signIn ? '—' : INP_TARGET.p95}); 1k p50 ${little.length ? f0(percentile(little.map((b) => b.total), 50)) : '—'} ms; ${breakdownText(big)}` });
  }
  const signIn = large.samples['sign-in: submit → home painted'];
  if (signIn) {
    const rest = signIn.map((b) => b.total - large.hashMs.median);
    notes.push(`  · sign-in: Argon2id verify alone ${f0(large.hashMs.median)} ms (median of ${large.hashMs.n}); the rest ${f0(median(rest))} ms (target < ${INP_TARGET.signInRest})`);
    rows.push({ figure: 'INP sign-in less the Argon2id hash, 10k users', unit: 'ms', ours: summarize(rest), naive: null, target: INP_TARGET.signInRest, note: `hash alone ${f0(large.hashMs.median)} ms` });
  }
  const all = names.flatMap((name) => large.samples[name]!.map((b) => ({ name, total: b.total })));
  const worst = all.reduce((a, b) => (b.total > a.total ? b : a), all[0]!);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const show = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  console.log('');
  console.log('Input → next painted frame (in-page timestamps; Event Timing = the browser\'s own INP for the input\'s first frame)');
  console.log(show(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const line of lines) console.log(show(line));
  console.log(`  worst at 10k: ${worst.name}, ${f0(worst.total)} ms; views measured (from the navigation): ${large.views.join(', ')}`);
  for (const note of notes) console.log(note);
  return rows;
}
