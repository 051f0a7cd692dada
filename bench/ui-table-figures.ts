/**
 * The big tables in Chromium through the browser-mode bridge, with the real store behind: the People
 * users table at 100k users (filter keystroke → painted, sort click → painted) and the Transactions
 * view on the 10k dataset's ten years of billing (~5,000 documents; filter keystroke → painted).
 * Filtering and sorting happen in the renderer once the list is loaded, so there is no store baseline:
 * the naive column stays empty and the note says so.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startBridge } from '../electron/browser/server.ts';
import type { Api } from '../core/contract.ts';
import { BENCH_PASSWORD, copyDataset, type Dataset } from './bulk-load.ts';
import { timeToPaint, type TableAction } from './paint-timer.ts';
import { openCore } from './setup.ts';
import { sample, summarize, type Row, type Summary } from './stats.ts';

/** BENCH_RENDERER: another build of the renderer, to compare two versions on the same machine and data. */
const RENDERER = path.resolve(process.env.BENCH_RENDERER ?? 'out/renderer');
const TABLE = 'main table.table';

/** Typing a name letter by letter, then clearing it: each step changes the rows shown. */
const KEYSTROKES = ['m', 'ma', 'mar', 'mart', 'marti', 'martin', '', 'r', 'ro', 'ros', 'ross', '', 'l', 'lo', 'lop', ''];
/** Invoice numbers and amounts, as an admin searches them. */
const TX_KEYSTROKES = ['2', '20', '202', '2024', '', 'I', 'IN', 'INV-2019', '', '4', '49', ''];

async function openView(browser: Browser, dataset: Dataset, hash: string, rows: number): Promise<{ page: Page; close: () => Promise<void> }> {
  const opened = await openCore('ours', dataset);
  const bridge = await startBridge({ core: opened.core, staticDir: RENDERER });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/Paris' });
  context.setDefaultTimeout(120_000);
  // tsx compiles with keepNames: functions passed to page.evaluate call its __name helper.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  const page = await context.newPage();
  await page.goto(bridge.signInUrl()); // its one-time code becomes this context's session cookie
  await page.waitForURL(bridge.url);
  await page.waitForFunction(() => !!(window as Window & { api?: Api }).api);
  const signedIn = await page.evaluate(([email, password]) => (window as Window & { api?: Api }).api!['auth.signIn']({ email: email!, password: password! }), [dataset.adminEmail, BENCH_PASSWORD]);
  if (!signedIn.ok) throw new Error(`sign-in failed: ${signedIn.error.message}`);
  await page.goto(`${bridge.url}?table=1`);
  await page.evaluate((h) => (window.location.hash = h), hash);
  await page.waitForFunction(({ table, rows }) => Number(document.querySelector(table)?.getAttribute('aria-rowcount')) >= rows, { table: TABLE, rows });
  return {
    page,
    close: async () => {
      await context.close();
      await bridge.close();
      await opened.close();
    },
  };
}

async function timeAll(page: Page, actions: TableAction[], rounds: number): Promise<Summary> {
  const samples: number[] = [];
  const skipped: string[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const action of actions) {
      const ms = await timeToPaint(page, TABLE, action);
      if (ms === null) skipped.push(JSON.stringify(action));
      else if (round > 0) samples.push(ms); // the first round warms the JIT and the index
    }
  }
  if (skipped.length) console.log(`  (left the table unchanged, not timed: ${[...new Set(skipped)].join(', ')})`);
  return summarize(samples);
}

/** The period's statement, opened from the view with a 25-month date range, then printed to PDF. */
async function summaryPdfFigure(page: Page): Promise<{ pdf: Summary; lines: number }> {
  const [from, to] = [page.locator('main .tx-fields input[type="date"]').nth(0), page.locator('main .tx-fields input[type="date"]').nth(1)];
  await page.locator('main .tx-search input').fill('');
  await from.fill('2024-01-01');
  await to.fill('2026-01-31');
  await page.getByRole('button', { name: 'Print summary' }).click();
  const rows = page.locator('article.doc table.doc-table tbody tr');
  await page.waitForFunction(() => document.querySelectorAll('article.doc table.doc-table tbody tr').length >= 900);
  const lines = await rows.count();
  await page.emulateMedia({ media: 'print' });
  const samples = await sample({ n: 5, warmup: 1 }, async () => {
    const bytes = await page.pdf({ format: 'A4', printBackground: true });
    if (bytes.length < 10_000) throw new Error('empty PDF');
  });
  await page.emulateMedia({ media: 'screen' });
  return { pdf: summarize(samples), lines };
}

const typing = (input: string, values: string[]): TableAction[] => values.map((value) => ({ kind: 'type', input, value }));

export async function tableFigures(browser: Browser, tenK: Dataset, hundredK: Dataset, root: string, log: (text: string) => void): Promise<Row[]> {
  log('Chromium: users table at 100k (filter, sort)…');
  const people = await openView(browser, copyDataset(hundredK, path.join(root, 'scratch', 'table-100k'), 'ours'), '/people', hundredK.users + 1);
  let filter: Summary;
  let sort: Summary;
  try {
    filter = await timeAll(people.page, typing('main .people-filters input[type="search"]', KEYSTROKES), 3);
    sort = await timeAll(people.page, ['email', 'name', 'role', 'lastChange', 'name'].map((column) => ({ kind: 'click', target: `main th.col-${column} button` }) as TableAction), 4);
  } finally {
    await people.close();
  }
  const tx = await transactionsFigures(browser, tenK, root, log);
  const note = 'input → DOM updated → next frame painted, in Chromium; client-side after load, so no store baseline';
  return [
    { figure: 'users table, 100k users: filter keystroke → painted', unit: 'ms', ours: filter, naive: null, target: 50, note },
    { figure: 'users table, 100k users: sort click → painted', unit: 'ms', ours: sort, naive: null, target: 80, note },
    ...tx,
  ];
}

/** The Transactions view on the 10k dataset's ten years of billing: filter, sort, the summary PDF. */
export async function transactionsFigures(browser: Browser, tenK: Dataset, root: string, log: (text: string) => void): Promise<Row[]> {
  log('Chromium: transactions view filter (10k dataset, ten years)…');
  const tx = await openView(browser, copyDataset(tenK, path.join(root, 'scratch', 'table-tx'), 'ours'), '/transactions', 1000);
  let txFilter: Summary;
  let txSort: Summary;
  let summaryPdf: Summary;
  let summaryLines = 0;
  try {
    txFilter = await timeAll(tx.page, typing('main .tx-search input', TX_KEYSTROKES), 3);
    // Number, amount, type, date: each click reorders the rows (date twice: ascending, then back).
    const sortClicks = [3, 6, 2, 1, 1].map((n) => ({ kind: 'click', target: `main table.table thead th:nth-child(${n}) button` }) as TableAction);
    txSort = await timeAll(tx.page, sortClicks, 4);
    log('Chromium: transaction summary PDF (25 months, ~1,000 lines)…');
    ({ pdf: summaryPdf, lines: summaryLines } = await summaryPdfFigure(tx.page));
  } finally {
    await tx.close();
  }
  const note = 'input → DOM updated → next frame painted, in Chromium; client-side after load, so no store baseline';
  return [
    { figure: 'transactions view, ~5,000 documents: filter → painted', unit: 'ms', ours: txFilter, naive: null, target: 30, note },
    { figure: 'transactions view, ~5,000 documents: sort → painted', unit: 'ms', ours: txSort, naive: null, target: 30, note },
    { figure: `transaction summary PDF, ${summaryLines} lines (page.pdf)`, unit: 'ms', ours: summaryPdf, naive: null, target: 1500, note: 'the summary of 25 months opened and settled, then page.pdf() (A4) timed; page.pdf does not touch the store' },
  ];
}
