import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutputOf } from '../../core/contract.ts';
import fr from '../../core/i18n/locales/fr.json';
import { launchApp, SCREENSHOTS, type App } from './harness.ts';
import { InvoicePage } from './pages/invoice.page.ts';
import { ShellPage } from './pages/shell.page.ts';
import { signInToMyAccount } from './pages/sign-in-flow.ts';
import { en } from './pages/strings.ts';
import { TransactionsPage } from './pages/transactions.page.ts';
import { normalize, pdfPages, pdfText, pdfToPngs, renderPdf } from './pdf.ts';

type Tx = OutputOf<'transactions.list'>['transactions'][number];
const CLAIRE = 'claire.dubois@lumen-analytics.example';
/** Business Phone, billed yearly: two lines (the plan and the Contact Center add-on). */
const NUMBER = 'INV-2025-000003';
const money = (minor: number, tag = 'en-GB') => normalize(new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' }).format(minor / 100));
const parisDay = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
/** A key of the French locale, or undefined while it is not translated yet. */
const frString = (key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], fr) as string | undefined;

/** Invoices & transactions, the invoice document, CSV export and printing (SPEC §3, §6). */
describe('Transactions, invoices and printing, end to end in Chromium', () => {
  let app: App;
  let shell: ShellPage;
  let txPage: TransactionsPage;
  let invoicePage: InvoicePage;
  let all: Tx[];
  let invoiceId: string;

  beforeAll(async () => {
    app = await launchApp();
    shell = new ShellPage(app.page);
    txPage = new TransactionsPage(app.page);
    invoicePage = new InvoicePage(app.page);
    await signInToMyAccount(app.page, CLAIRE);
    const listed = await app.page.evaluate(() => window.api!['transactions.list']());
    if (!listed.ok) throw new Error('transactions.list failed');
    all = listed.value.transactions;
    invoiceId = all.find((tx) => tx.number === NUMBER && tx.type === 'invoice')!.invoiceId;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lists every transaction, then filters by type and finds a number or an amount', async () => {
    await shell.open(en.ui.nav.transactions);
    await txPage.heading.waitFor();
    await txPage.count(all.length, all.length).waitFor();
    // Newest first.
    await expect.poll(() => txPage.rows().first().textContent()).toContain(all.at(-1)!.number);
    expect(await txPage.rows().count()).toBeGreaterThan(10);
    await app.screenshot('40-transactions');

    const invoices = all.filter((tx) => tx.type === 'invoice');
    await txPage.toggleType('invoice');
    await txPage.count(invoices.length, all.length).waitFor();
    await txPage.searchFor(NUMBER);
    await txPage.count(1, all.length).waitFor();
    await txPage.row(NUMBER).getByRole('cell', { name: money(460_000), exact: true }).first().waitFor();
    // An amount as typed, with a comma or a dot: the invoice of €4,600.00.
    await txPage.searchFor('4600,00');
    await txPage.count(1, all.length).waitFor();
    await txPage.toggleType('payment');
    await txPage.searchFor('4600.00');
    await txPage.count(2, all.length).waitFor();
    await txPage.row(money(-460_000)).waitFor();
    await app.screenshot('40a-transactions-filtered');
  });

  it('exports the filtered rows as CSV: header, ISO dates, decimal amounts with a dot', async () => {
    const download = await txPage.exportCsv();
    const file = path.join(SCREENSHOTS, '40b-transactions.csv');
    await download.saveAs(file);
    const parsed = Papa.parse<string[]>(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    const c = en.ui.transactions.columns;
    expect(parsed.data[0]).toEqual([c.date, c.type, c.number, c.purchaseOrder, c.detail, c.status, c.amount, c.currency, c.balance]);
    expect(parsed.data.slice(1)).toEqual([
      ['2025-12-01', en.ui.transactions.types.invoice, NUMBER, '', en.ui.transactions.sources.history, en.ui.transactions.statuses.paid, '4600.00', 'EUR', '4600.00'],
      ['2025-12-01', en.ui.transactions.types.payment, NUMBER, '', 'Visa •••• 4242', en.ui.transactions.statuses.succeeded, '-4600.00', 'EUR', '0.00'],
    ]);
  });

  it('opens the invoice from its number, prints through the fallback and renders an A4 and a Letter PDF', async () => {
    await txPage.openInvoice(NUMBER);
    await invoicePage.waitFor(NUMBER);
    expect(new URL(app.page.url()).hash).toBe(`#/invoice/${invoiceId}`);
    await app.screenshot('41-invoice');
    // Browser mode: the host answers "unavailable", so both buttons open the browser's print dialog.
    await app.page.evaluate(() => {
      const w = window as unknown as { print: () => void; printed: number };
      w.printed = 0;
      w.print = () => void w.printed++;
    });
    await invoicePage.print.click();
    await invoicePage.savePdf.click();
    await expect.poll(() => app.page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(2);

    const invoice = await app.page.evaluate((id) => window.api!['invoices.get']({ id }), invoiceId);
    if (!invoice.ok) throw new Error('invoices.get failed');
    expect(invoice.value.lines.length).toBe(2);
    for (const [name, format] of [['42-invoice-a4', 'A4'], ['43-invoice-letter', 'Letter']] as const) {
      const pdf = await renderPdf(app.page, name, format);
      const text = pdfText(pdf);
      for (const expected of [NUMBER, en.ui.invoice.title.invoice, 'Lumen Analytics SAS', 'FR83404833048', 'Helpline Software Ireland Ltd', money(invoice.value.total), en.tax.reverseCharge]) expect(text).toContain(normalize(expected));
      for (const line of invoice.value.lines) expect(text).toContain(money(line.amount));
      for (const chrome of [en.ui.nav.people, en.ui.nav.signOut, en.ui.print.savePdf, 'Account Admin']) expect(text).not.toContain(chrome);
      expect(pdfPages(pdf)).toBe(1);
      expect(pdfToPngs(pdf)).toHaveLength(1);
    }
  });

  it('prints the transaction summary of one quarter, on A4 and on Letter', async () => {
    await invoicePage.back.click();
    await txPage.heading.waitFor();
    await txPage.clearFilters();
    await txPage.setPeriod('2026-04-01', '2026-06-30');
    const quarter = all.filter((tx) => parisDay(tx.at) >= '2026-04-01' && parisDay(tx.at) <= '2026-06-30');
    expect(quarter.length).toBe(12);
    await txPage.count(quarter.length, all.length).waitFor();
    await txPage.openSummary();
    await txPage.summary.getByText('1 April 2026 – 30 June 2026').waitFor();
    await app.screenshot('44-transaction-summary');
    const invoiced = quarter.filter((tx) => tx.type === 'invoice').reduce((sum, tx) => sum + tx.amount, 0);
    for (const [name, format] of [['44-summary-q2-a4', 'A4'], ['45-summary-q2-letter', 'Letter']] as const) {
      const pdf = await renderPdf(app.page, name, format);
      const text = pdfText(pdf);
      for (const expected of [en.ui.print.summaryTitle, 'Lumen Analytics SAS', en.ui.print.invoiced, money(invoiced), money(-invoiced), en.ui.print.closing]) expect(text).toContain(expected);
      for (const tx of quarter) expect(text).toContain(tx.number);
      expect(text).not.toContain('INV-2026-000011');
      expect(text).not.toContain('INV-2026-000018');
      expect(text).not.toContain(en.ui.nav.people);
      expect(pdfToPngs(pdf).length).toBeGreaterThanOrEqual(1);
    }
    await txPage.page.getByRole('button', { name: en.ui.print.backToTransactions }).click();
    await txPage.heading.waitFor();
  });

  it('prints the whole history over several pages, the table header repeated and no row split', async () => {
    await txPage.clearFilters();
    await txPage.openSummary();
    const pdf = await renderPdf(app.page, '44b-summary-all-a4', 'A4');
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    const c = en.ui.transactions.columns;
    for (let page = 1; page <= pages; page++) expect(pdfText(pdf, page)).toContain(`${c.date} ${c.type} ${c.number} ${c.detail} ${c.status} ${c.amount} ${c.balance}`);
    const text = pdfText(pdf);
    for (const tx of all) expect(text).toContain(tx.number);
    expect(pdfToPngs(pdf)).toHaveLength(pages);
    await txPage.page.getByRole('button', { name: en.ui.print.backToTransactions }).click();
  });

  it('stays smooth with 5,000 transactions: only the rows in view are in the page', async () => {
    await txPage.serveGeneratedRows(5000);
    await shell.open(en.ui.nav.myAccount);
    await shell.open(en.ui.nav.transactions);
    await txPage.clearFilters();
    await txPage.count(5000, 5000).waitFor();
    expect(await txPage.rows().count()).toBeLessThan(80);
    // Pages of 200 load as the table scrolls: the oldest row comes last, and the page never holds many rows.
    await txPage.scrollUntil('INV-BULK-000000');
    expect(await txPage.rows().count()).toBeLessThan(80);
    await txPage.searchFor('205.10');
    await txPage.count(2, 5000).waitFor();
  });

  it('shows the invoice in French, labels and numbers alike, after the user changes language', async () => {
    const me = await app.page.evaluate(() => window.api!['me.get']());
    if (!me.ok) throw new Error('me.get failed');
    const { firstName, lastName, phone, timeZone } = me.value;
    const changed = await app.page.evaluate((input) => window.api!['me.updatePersonal'](input), { firstName, lastName, phone, timeZone, language: 'fr' as const });
    expect(changed.ok).toBe(true);
    await invoicePage.openById(invoiceId);
    await app.page.reload();
    await invoicePage.waitFor(NUMBER);
    const pdf = await renderPdf(app.page, '46-invoice-fr', 'A4');
    const text = pdfText(pdf);
    for (const expected of [fr.ui.billing.quote.subtotal, fr.ui.billing.quote.unitPrice, fr.tax.reverseCharge, money(460_000, 'fr-FR'), money(285_000, 'fr-FR'), '1 décembre 2025']) expect(text).toContain(normalize(expected));
    expect(text).not.toContain(money(460_000));
    for (const key of ['ui.invoice.title.invoice', 'ui.invoice.buyer', 'ui.invoice.amountDue']) {
      const translated = frString(key);
      // Headings may be uppercased by CSS: compare without case.
      if (translated) expect(text.toLocaleUpperCase('fr')).toContain(normalize(translated).toLocaleUpperCase('fr'));
    }
    pdfToPngs(pdf);
    await app.screenshot('47-invoice-fr');
  });
});
