/**
 * The figures in Chromium, through the browser-mode bridge (the same core and contract as Electron's
 * IPC) serving the built renderer (out/renderer), on the 10k-user dataset, ours and naive:
 *  - time to first paint of the signed-in home view: from navigation start (performance.now() is
 *    relative to it) to the first frame presented after the view's <h1> appeared (a task posted from
 *    requestAnimationFrame runs after that frame is painted);
 *  - invoice PDF, warm: the invoice view (#/invoice/<id>) open and settled, then page.pdf() repeated.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startBridge } from '../electron/browser/server.ts';
import type { Api } from '../core/contract.ts';
import { BENCH_PASSWORD, copyDataset, type Dataset } from './bulk-load.ts';
import { openCore, type Kind } from './setup.ts';
import { sample, summarize, type Row, type Summary } from './stats.ts';
import { tableFigures } from './ui-table-figures.ts';

const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => p && fs.existsSync(p));
const RENDERER = path.resolve('out/renderer');
const HOME_HEADING = 'Overview';

interface Marks {
  seen?: number;
  painted?: number;
  heading?: string;
}
type Probe = Window & { api?: Api; __home?: Marks };

/** Runs in the page before its scripts: notes when the view's heading appears, then the next painted frame. */
function watchHome(): void {
  const w = window as Probe;
  const marks: Marks = {};
  w.__home = marks;
  const observer = new MutationObserver(() => {
    const heading = document.querySelector('main h1');
    if (!heading || marks.seen !== undefined) return;
    marks.seen = performance.now();
    marks.heading = heading.textContent ?? '';
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (marks.painted = performance.now());
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Builds the renderer the figures load (a stale out/renderer would measure old code). */
export function ensureRenderer(log: (text: string) => void): void {
  log('building the renderer (npx electron-vite build)…');
  const built = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('electron-vite build failed');
}

/** Debian's Chromium, headless and software-rendered, as every UI figure uses it. */
export async function launchChromium(): Promise<Browser> {
  if (!CHROMIUM) throw new Error('Chromium is not installed (apt-get install chromium)');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--disable-gpu', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

async function measure(browser: Browser, kind: Kind, dataset: Dataset): Promise<{ paint: Summary; pdf: Summary }> {
  const opened = await openCore(kind, dataset);
  const bridge = await startBridge({ core: opened.core, staticDir: RENDERER });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Europe/Paris' });
  context.setDefaultTimeout(30_000);
  await context.addInitScript(watchHome);
  const page: Page = await context.newPage();
  try {
    await page.goto(bridge.signInUrl()); // its one-time code becomes this context's session cookie
    await page.waitForURL(bridge.url);
    await page.waitForFunction(() => !!(window as Probe).api);
    const signedIn = await page.evaluate(([email, password]) => (window as Probe).api!['auth.signIn']({ email: email!, password: password! }), [dataset.adminEmail, BENCH_PASSWORD]);
    if (!signedIn.ok) throw new Error(`sign-in in the page failed: ${signedIn.error.message}`);

    // A query string makes each navigation load a new document; the session rides in the context's cookie.
    const paint: number[] = [];
    for (let visit = 0; visit < 9; visit++) {
      await page.goto(`${bridge.url}?visit=${visit}`);
      await page.waitForFunction(() => (window as Probe).__home?.painted !== undefined);
      const marks = await page.evaluate(() => (window as Probe).__home!);
      if (marks.heading !== HOME_HEADING) throw new Error(`home view shows “${marks.heading}”`);
      if (visit > 0) paint.push(marks.painted!); // the first visit warms the caches
      // Let the calls the view makes after painting finish, so they don't queue before the next visit.
      await page.waitForLoadState('networkidle');
    }

    await page.evaluate((id) => (window.location.hash = `/invoice/${encodeURIComponent(id)}`), dataset.lastInvoiceId);
    await page.locator('article h1', { hasText: 'INV-' }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.emulateMedia({ media: 'print' });
    const pdf = await sample({ n: 10, warmup: 1 }, async () => {
      const bytes = await page.pdf({ format: 'A4', printBackground: true });
      if (bytes.length < 1000) throw new Error('empty PDF');
    });
    return { paint: summarize(paint), pdf: summarize(pdf) };
  } finally {
    await context.close();
    await bridge.close();
    await opened.close();
  }
}

export async function uiFigures(dataset: Dataset, hundredK: Dataset, root: string, log: (text: string) => void): Promise<Row[]> {
  ensureRenderer(log);
  const browser = await launchChromium();
  try {
    const results: Partial<Record<Kind, { paint: Summary; pdf: Summary }>> = {};
    for (const kind of ['ours', 'naive'] as const) {
      log(`Chromium: first paint and invoice PDF (${kind})…`);
      results[kind] = await measure(browser, kind, copyDataset(dataset, path.join(root, 'scratch', `ui-${kind}`), kind));
    }
    const tables = await tableFigures(browser, dataset, hundredK, root, log);
    return [
      ...tables,
      { figure: 'first paint of the signed-in home view', unit: 'ms', ours: results.ours!.paint, naive: results.naive!.paint, target: 500, note: 'navigation start → first frame painted after the Overview <h1> appeared (boot: app.status + auth.session over the bridge)' },
      { figure: 'invoice PDF, warm (page.pdf of #/invoice/<id>)', unit: 'ms', ours: results.ours!.pdf, naive: results.naive!.pdf, target: 150, note: 'A4, print backgrounds, view already open; page.pdf() does not touch the store, so the naive column is a control' },
    ];
  } finally {
    await browser.close();
  }
}
