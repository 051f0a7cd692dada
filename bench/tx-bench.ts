/**
 * `npx tsx bench/tx-bench.ts`: only the Transactions view figures (filter, sort, summary PDF) of
 * `npm run bench`, on the same 10k-user dataset, in about two minutes. BENCH_NO_BUILD=1 reuses out/renderer.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { FIXED_NOW } from '../core/testing/fakes.ts';
import { buildDataset } from './bulk-load.ts';
import { printTable } from './stats.ts';
import { ensureRenderer } from './ui-figures.ts';
import { transactionsFigures } from './ui-table-figures.ts';

const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => p && fs.existsSync(p));
const log = (text: string) => console.log(`[tx-bench] ${text}`);

async function main(): Promise<void> {
  if (!CHROMIUM) throw new Error('Chromium is not installed (apt-get install chromium)');
  if (!process.env.BENCH_NO_BUILD) ensureRenderer(log);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-txbench-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--disable-gpu', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  try {
    log('building the 10k-user store…');
    const tenK = await buildDataset(root, 10_000, FIXED_NOW);
    printTable(await transactionsFigures(browser, tenK, root, log));
  } finally {
    await browser.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

await main();
