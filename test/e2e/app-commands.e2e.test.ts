/**
 * The native menu's commands (File: Print, Save as PDF, Export CSV; Help: About) as the host sends
 * them (`app.command` events, here over the browser bridge's event stream), and their palette twins.
 */
import fs from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../core/i18n/locales/en.json';
import P from '../../core/i18n/locales/people/en.json';
import palette from '../../core/i18n/locales/palette/en.json';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import type { AppCommand } from '../../core/contract.ts';
import { launchApp, type App } from './harness.ts';
import { InvoicePage } from './pages/invoice.page.ts';
import { PalettePage } from './pages/palette.page.ts';
import { ShellPage } from './pages/shell.page.ts';
import { SignInPage } from './pages/sign-in.page.ts';

const CLAIRE = 'claire.dubois@lumen-analytics.example';

describe('Menu commands reach the view on screen', () => {
  let app: App;
  let shell: ShellPage;
  let pal: PalettePage;
  const send = (command: AppCommand) => app.bridge.emit('app.command', { command });
  const printed = () => app.page.evaluate(() => (window as Window & { __printed?: number }).__printed ?? 0);

  beforeAll(async () => {
    app = await launchApp();
    // Browser mode falls back to the browser's print dialog: count the calls instead of opening one.
    await app.page.addInitScript('window.__printed = 0; window.print = () => { window.__printed++; };');
    await app.page.reload();
    shell = new ShellPage(app.page);
    pal = new PalettePage(app.page);
    const signIn = new SignInPage(app.page);
    await signIn.waitUntilShown();
    await signIn.signIn(CLAIRE, DEMO_PASSWORD);
    await pal.button.waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('says so when the view has nothing to export, and shows About with the data folder', async () => {
    await app.page.waitForFunction(() => document.querySelector('.topbar') !== null);
    send('exportCsv');
    const notice = app.page.getByRole('status').filter({ hasText: palette.commands.nothing });
    await notice.waitFor();
    send('about');
    const about = app.page.getByRole('dialog', { name: palette.commands.about });
    await about.waitFor();
    await expect(about.locator('code').first().textContent()).resolves.toBe(app.dataDir);
    // Where the account lives: this computer's files; browser mode chooses a shared database at start.
    await about.getByRole('heading', { name: palette.store.title }).waitFor();
    await about.getByText(palette.store.files).waitFor();
    await about.getByText(palette.store.browserMode).waitFor();
    await app.screenshot('menu-about');
    await about.getByRole('button', { name: palette.commands.close }).click();
    await about.waitFor({ state: 'hidden' });
  });

  it('File > Export CSV on People downloads the users shown, as filtered', async () => {
    await shell.open(en.ui.nav.people);
    await shell.heading(en.ui.people.title).waitFor();
    const search = app.page.getByRole('searchbox').first();
    await search.fill('becker');
    await app.page.getByRole('row').filter({ hasText: 'Hannah' }).first().waitFor();
    const [download] = await Promise.all([app.page.waitForEvent('download'), Promise.resolve(send('exportCsv'))]);
    expect(download.suggestedFilename()).toBe('users.csv');
    const text = fs.readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const rows = Papa.parse<string[]>(text.trim()).data;
    expect(rows[0]).toEqual(Object.values(P.ui.export.headers));
    expect(rows.slice(1).map((r) => `${r[0]} ${r[1]}`)).toEqual(['Hannah Becker']);
    expect(rows[1]![2]).toBe('hannah.becker@lumen-analytics.example');
  });

  it('the palette offers the same Export CSV on People and runs it', async () => {
    await pal.open();
    await pal.search('export');
    const [download] = await Promise.all([app.page.waitForEvent('download'), pal.runByKeyboard(palette.commands.exportCsv)]);
    expect(download.suggestedFilename()).toBe('users.csv');
    await pal.dialog.waitFor({ state: 'hidden' });
  });

  it('File > Print and Save as PDF act on the invoice on screen', async () => {
    const first = [...app.store.tables.invoices.values()].find((i) => i.kind === 'invoice')!;
    const invoice = new InvoicePage(app.page);
    await invoice.openById(first.id);
    await invoice.waitFor(first.number);
    const before = await printed();
    send('print');
    await app.page.waitForFunction((n) => ((window as Window & { __printed?: number }).__printed ?? 0) > n, before);
    send('savePdf');
    await app.page.waitForFunction((n) => ((window as Window & { __printed?: number }).__printed ?? 0) > n + 1, before);
    await pal.open();
    await pal.search('pdf');
    await pal.option(palette.commands.savePdf).waitFor();
    await app.page.keyboard.press('Escape');
  });
});
