/**
 * The invoice view's Save e-invoice (issue 21), in Chromium: in the browser it downloads the invoice's
 * CII XML, valid against the EN 16931 rules; and the view printed to PDF (page.pdf(), the stand-in for
 * Electron's printToPDF) made Factur-X gives back the very XML embedded in it.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachFacturX, FACTUR_X_FILE, readFacturX } from '../../core/einvoice/factur-x.ts';
import { brokenRules } from '../einvoice/validate.ts';
import { launchApp, SCREENSHOTS, type App } from './harness.ts';
import palette from '../../core/i18n/locales/palette/en.json';
import { InvoicePage } from './pages/invoice.page.ts';
import { PalettePage } from './pages/palette.page.ts';
import { signInToMyAccount } from './pages/sign-in-flow.ts';
import de from '../../core/i18n/locales/de.json';
import fr from '../../core/i18n/locales/fr.json';
import { strFromU8, unzipSync } from 'fflate';
import { showInvoiceScript } from '../../electron/main/show-invoice-script.ts';
import { TransactionsPage } from './pages/transactions.page.ts';
import { ShellPage } from './pages/shell.page.ts';
import { en, type Strings } from './pages/strings.ts';
import { pdfText, renderPdf } from './pdf.ts';
import { setLanguage } from './pages/language.ts';
import { fakeDesktopArchive, finishSave, hostCalls, realBrowserMode, sendProgress } from './fake-desktop-archive.ts';

const CLAIRE = 'claire.dubois@lumen-analytics.example';
/** A billing contact who reads German. */
const HANNAH = 'hannah.becker@lumen-analytics.example';
/** Business Phone, billed yearly: two lines (the plan and the Contact Center add-on). */
const NUMBER = 'INV-2025-000003';

describe('Save e-invoice, end to end in Chromium', () => {
  let app: App;
  let invoicePage: InvoicePage;
  let invoiceId: string;

  beforeAll(async () => {
    app = await launchApp();
    invoicePage = new InvoicePage(app.page);
    await signInToMyAccount(app.page, CLAIRE);
    const listed = await app.page.evaluate(() => window.api!['invoices.list']());
    if (!listed.ok || !('invoices' in listed.value)) throw new Error('invoices.list failed');
    invoiceId = listed.value.invoices.find((i) => i.number === NUMBER)!.id;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('downloads the invoice’s valid CII XML in the browser, and its printed view carries it as Factur-X', async () => {
    await invoicePage.openById(invoiceId);
    await invoicePage.waitFor(NUMBER);
    await invoicePage.saveEInvoice.waitFor();
    await app.screenshot('47-invoice-einvoice-action');

    const download = await invoicePage.downloadEInvoice();
    expect(download.suggestedFilename()).toBe(`${NUMBER}.xml`);
    const xmlFile = path.join(SCREENSHOTS, `47-${NUMBER}.xml`);
    await download.saveAs(xmlFile);
    const xml = fs.readFileSync(xmlFile, 'utf8');
    const einvoice = await app.page.evaluate((id) => window.api!['invoices.einvoice']({ id }), invoiceId);
    if (!einvoice.ok) throw new Error('invoices.einvoice failed');
    expect(xml).toBe(einvoice.value.xml);
    expect(brokenRules(xml)).toEqual([]);
    // Nothing was saved to a chosen path in the browser: no "saved" notice.
    expect(await app.page.getByRole('status').filter({ hasText: en.ui.print.savedEInvoice.split(':')[0]! }).count()).toBe(0);

    const printed = await renderPdf(app.page, '48-invoice-facturx', 'A4');
    const facturX = path.join(SCREENSHOTS, '48-invoice-facturx.pdf');
    fs.writeFileSync(facturX, await attachFacturX(fs.readFileSync(printed), xml, einvoice.value.facturX));
    expect(await readFacturX(fs.readFileSync(facturX))).toBe(xml);
    expect(execFileSync('pdfdetach', ['-list', facturX], { encoding: 'utf8' })).toContain(FACTUR_X_FILE);
    // Still the invoice, page for page, without the buttons.
    const text = pdfText(facturX);
    expect(text).toContain(NUMBER);
    expect(text).not.toContain(en.ui.print.saveEInvoice);
  });

  it('is the menu’s File > Save e-invoice and the palette’s, on the invoice on screen', async () => {
    const saved = async (run: () => Promise<unknown>) => {
      const [download] = await Promise.all([app.page.waitForEvent('download'), run()]);
      expect(download.suggestedFilename()).toBe(`${NUMBER}.xml`);
    };
    await saved(async () => app.bridge.emit('app.command', { command: 'saveEInvoice' }));
    const pal = new PalettePage(app.page);
    await pal.open();
    await pal.search('xml');
    await saved(() => pal.runByKeyboard(palette.commands.saveEInvoice));
  });

  it('downloads the period’s e-invoices from Transactions: the period’s documents, each XML the one invoices.einvoice gives', async () => {
    await new ShellPage(app.page).open(en.ui.nav.transactions);
    const tx = new TransactionsPage(app.page);
    await tx.rows().first().waitFor();
    const period = { from: '2026-10-01', to: '2026-11-30' };
    const expected = await app.page.evaluate((p) => window.api!['invoices.einvoiceArchive'](p), period);
    if (!expected.ok) throw new Error('invoices.einvoiceArchive failed');
    expect(expected.value.count).toBeGreaterThan(1);
    await tx.setPeriod(period.from, period.to);
    await expect.poll(() => tx.shownCount()).toBeGreaterThan(0);

    const download = await tx.downloadEInvoices();
    expect(download.suggestedFilename()).toBe('e-invoices_2026-10-01_2026-11-30.zip');
    const zipFile = path.join(SCREENSHOTS, '49a-e-invoices.zip');
    await download.saveAs(zipFile);
    const files = unzipSync(fs.readFileSync(zipFile));
    expect(Object.keys(files)).toEqual(expected.value.numbers.map((n) => `${n}.xml`));
    const listed = await app.page.evaluate(() => window.api!['invoices.list']());
    if (!listed.ok || !('invoices' in listed.value)) throw new Error('invoices.list failed');
    const { invoices } = listed.value;
    for (const number of expected.value.numbers) {
      const id = invoices.find((i) => i.number === number)!.id;
      const one = await app.page.evaluate((invoice) => window.api!['invoices.einvoice']({ id: invoice }), id);
      expect(one.ok && strFromU8(files[`${number}.xml`]!)).toBe(one.ok ? one.value.xml : 'invoices.einvoice failed');
    }
    // In the browser, the ZIP holds the XML only, and the view says so.
    await app.page.getByRole('status').filter({ hasText: en.ui.transactions.einvoicesXmlOnly }).waitFor();
    await app.screenshot('49a-transactions-einvoices-xml-only');
    // One quick answer from the core: no progress bar or Cancel was ever shown, none is left.
    expect(await tx.einvoicesBar.count()).toBe(0);
    expect(await tx.cancelEInvoicesButton.count()).toBe(0);
    // The menu's File > Save e-invoice does the same here: the period's archive, not nothing.
    const [again] = await Promise.all([app.page.waitForEvent('download'), app.bridge.emit('app.command', { command: 'saveEInvoice' })]);
    expect(again.suggestedFilename()).toBe('e-invoices_2026-10-01_2026-11-30.zip');

    // A period without a document: said plainly, nothing downloaded.
    await tx.setPeriod('2001-01-01', '2001-01-31');
    await expect.poll(() => tx.shownCount()).toBe(0);
    await tx.eInvoicesButton.click();
    await app.page.getByRole('alert').filter({ hasText: en.errors.einvoice.noneInPeriod }).waitFor();
  });

  it('shows an invoice by its route as the desktop’s hidden print window does: the script says when it is there, or that it never came', async () => {
    expect(await app.page.evaluate(showInvoiceScript(NUMBER, 10_000))).toBe(true);
    await invoicePage.waitFor(NUMBER);
    expect(await app.page.evaluate(showInvoiceScript('INV-1999-000001', 300))).toBe(false);
  });

  /** Transactions in a language, over a period. */
  async function transactionsOf(lang: 'en' | 'fr', strings: Strings, period: { from: string; to: string }): Promise<TransactionsPage> {
    await setLanguage(app.page, lang);
    await new ShellPage(app.page).open(strings.ui.nav.transactions);
    const tx = new TransactionsPage(app.page, strings);
    await tx.rows().first().waitFor();
    await tx.setPeriod(period.from, period.to);
    return tx;
  }

  it('lays out the period and its e-invoices button at 1024 px, in English and French, light and dark', async () => {
    await app.page.setViewportSize({ width: 1024, height: 768 });
    try {
      for (const [lang, strings] of [['en', en], ['fr', fr as unknown as Strings]] as const) {
        const tx = await transactionsOf(lang, strings, { from: '2001-01-01', to: '2001-01-31' });
        await tx.eInvoicesButton.click();
        await app.page.getByRole('alert').filter({ hasText: strings.errors.einvoice.noneInPeriod }).waitFor();
        for (const scheme of ['light', 'dark'] as const) {
          await app.page.emulateMedia({ colorScheme: scheme });
          // Nothing of the toolbar runs past the window's right edge.
          const overflow = await app.page.evaluate(() => [...document.querySelectorAll('.tx-toolbar > *, .banner')].some((el) => el.getBoundingClientRect().right > window.innerWidth));
          expect(overflow).toBe(false);
          await app.screenshot(`49b-transactions-einvoices-${lang}-${scheme}-1024`);
        }
        await app.page.emulateMedia({ colorScheme: 'light' });
        await tx.clearFilters();
      }
    } finally {
      await setLanguage(app.page, 'en');
      await app.page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('on the desktop, says how far its save is, with a Cancel that stops it, then what it did: 1024 px, English and French, light and dark', async () => {
    // The desktop host played by the page (its progress events and answers sent by this test); the rest is real.
    await app.page.setViewportSize({ width: 1024, height: 768 });
    await fakeDesktopArchive(app.page);
    const period = { from: '2026-10-01', to: '2026-11-30' };
    const zip = `/home/claire/e-invoices_${period.from}_${period.to}.zip`;
    try {
      for (const [lang, strings] of [['en', en], ['fr', fr as unknown as Strings]] as const) {
        const tx = await transactionsOf(lang, strings, period);
        await tx.saveEInvoicesButton.click();
        // The host's save dialog is open: no bar until it says how far it is.
        await tx.savingEInvoicesButton.and(app.page.locator('[aria-busy="true"]:disabled')).waitFor();
        expect(await tx.einvoicesBar.count()).toBe(0);
        await sendProgress(app.page, 0, 40);
        await sendProgress(app.page, 12, 40);
        await tx.einvoicesProgress(12, 40).waitFor();
        expect(await tx.einvoicesBar.getAttribute('value')).toBe('12');
        expect(await tx.einvoicesBar.getAttribute('max')).toBe('40');
        // The save button is disabled meanwhile: the keyboard is on Cancel.
        await tx.cancelEInvoicesButton.and(app.page.locator(':focus')).waitFor();
        for (const scheme of ['light', 'dark'] as const) {
          await app.page.emulateMedia({ colorScheme: scheme });
          const overflow = await app.page.evaluate(() => [...document.querySelectorAll('.tx-toolbar > *, .banner, .banner > *')].some((el) => el.getBoundingClientRect().right > window.innerWidth));
          expect(overflow).toBe(false);
          await app.screenshot(`49c-transactions-einvoices-progress-${lang}-${scheme}-1024`);
          // The bar, its words and Cancel: no serious or critical axe finding (contrast, names, roles).
          const axe = await new AxeBuilder({ page: app.page }).include('.einvoices-progress').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
          expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
        }
        await app.page.keyboard.press('Enter');
        await tx.einvoicesOutcome(strings.ui.transactions.cancelledEInvoices).waitFor();
        expect(await tx.einvoicesBar.count()).toBe(0);
        await tx.saveEInvoicesButton.and(app.page.locator(':focus')).waitFor();
        expect(await hostCalls(app.page)).toEqual({ saves: [period], cancels: 1 });
        await app.screenshot(`49d-transactions-einvoices-cancelled-${lang}-dark-1024`);
        await app.page.emulateMedia({ colorScheme: 'light' });

        // A save that runs to its end says how many it saved, and where.
        await tx.saveEInvoicesButton.click();
        await sendProgress(app.page, 3, 3);
        await finishSave(app.page, { ok: true, value: { outcome: 'saved', path: zip, count: 3 } });
        await tx.einvoicesOutcome(strings.ui.transactions.savedEInvoices_other.replace('{{count, number}}', '3').replace('{{path}}', zip)).waitFor();
        expect(await tx.einvoicesBar.count()).toBe(0);
        await app.screenshot(`49e-transactions-einvoices-saved-${lang}-light-1024`);
        await tx.clearFilters();
      }
    } finally {
      await app.page.emulateMedia({ colorScheme: 'light' });
      await realBrowserMode(app.page);
      await setLanguage(app.page, 'en');
      await app.page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('names the action in the reader’s language, beside Print and Save as PDF', async () => {
    await new ShellPage(app.page).signOut(en.ui.nav.signOut);
    await signInToMyAccount(app.page, HANNAH, de as unknown as Strings);
    const german = new InvoicePage(app.page, de as unknown as Strings);
    await german.openById(invoiceId);
    await german.waitFor(NUMBER);
    await german.saveEInvoice.waitFor();
    await german.savePdf.waitFor();
    await app.screenshot('49-invoice-einvoice-action-de');
  });
});
