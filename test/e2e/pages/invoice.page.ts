import type { Download, Locator, Page } from 'playwright-core';
import { en, type Strings } from './strings.ts';

/** One invoice or credit note: the printable document, Print and Save as PDF. */
export class InvoicePage {
  readonly document: Locator;
  readonly title: Locator;
  readonly lines: Locator;
  readonly print: Locator;
  readonly savePdf: Locator;
  readonly saveEInvoice: Locator;
  readonly back: Locator;

  constructor(
    readonly page: Page,
    readonly s: Strings = en,
  ) {
    this.document = page.getByRole('article');
    this.title = this.document.getByRole('heading', { level: 1 });
    this.lines = this.document.getByRole('table');
    this.print = page.getByRole('button', { name: s.ui.print.print, exact: true });
    this.savePdf = page.getByRole('button', { name: s.ui.print.savePdf, exact: true });
    this.saveEInvoice = page.getByRole('button', { name: s.ui.print.saveEInvoice, exact: true });
    this.back = page.getByRole('button', { name: s.ui.print.backToTransactions });
  }

  /** Waits for the document titled with this number (in whatever language). */
  async waitFor(number: string): Promise<void> {
    await this.title.filter({ hasText: number }).waitFor();
  }

  /** Save e-invoice in the browser: the CII XML it downloads. */
  async downloadEInvoice(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.saveEInvoice.click()]);
    return download;
  }

  /** Opens an invoice by its route, as a link to #/invoice/<id> does. */
  async openById(id: string): Promise<void> {
    await this.page.evaluate((invoiceId) => {
      window.location.hash = `/invoice/${encodeURIComponent(invoiceId)}`;
    }, id);
  }
}
