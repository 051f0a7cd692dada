/**
 * The invoice view's Save e-invoice (issue 21), in Chromium: in the browser it downloads the invoice's
 * CII XML, valid against the EN 16931 rules; and the view printed to PDF (page.pdf(), the stand-in for
 * Electron's printToPDF) made Factur-X gives back the very XML embedded in it.
 */
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
import { ShellPage } from './pages/shell.page.ts';
import { en, type Strings } from './pages/strings.ts';
import { pdfText, renderPdf } from './pdf.ts';

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
    if (!listed.ok) throw new Error('invoices.list failed');
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
