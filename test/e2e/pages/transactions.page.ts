import type { Download, Locator, Page } from 'playwright-core';
import { DateFieldModel } from './date-field.ts';
import { en, fill, type Strings } from './strings.ts';

type TxType = keyof Strings['ui']['transactions']['types'];

/** Invoices & transactions: filters, the virtualized table, Export CSV and the printable summary. */
export class TransactionsPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly search: Locator;
  readonly from: DateFieldModel;
  readonly to: DateFieldModel;
  readonly status: Locator;
  readonly summary: Locator;

  constructor(
    readonly page: Page,
    readonly s: Strings = en,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: s.ui.transactions.title });
    this.table = page.getByRole('table', { name: s.ui.transactions.tableLabel });
    this.search = page.getByLabel(s.ui.transactions.search);
    const filters = page.getByRole('search', { name: s.ui.transactions.filters });
    this.from = new DateFieldModel(filters, s.ui.transactions.from, s);
    this.to = new DateFieldModel(filters, s.ui.transactions.to, s);
    this.status = page.getByLabel(s.ui.transactions.columns.status);
    this.summary = page.getByRole('article', { name: s.ui.print.summaryTitle });
  }

  /** "N transactions shown, of M", as the page says it. */
  count(count: number, total: number): Locator {
    const template = count === 1 ? this.s.ui.transactions.count_one : this.s.ui.transactions.count_other;
    return this.page.getByRole('status').filter({ hasText: fill(template, { count, total }) });
  }

  /** How many transactions the count says are shown (its first number; spaces that group digits removed). */
  async shownCount(): Promise<number> {
    const text = (await this.page.getByRole('main').getByRole('status').filter({ hasText: /\d/ }).first().textContent()) ?? '';
    return Number(/\d+/.exec(text.replace(/\s/g, ''))?.[0] ?? Number.NaN);
  }

  /** The data rows rendered right now (virtualized: only those near the viewport). */
  rows(): Locator {
    return this.table.locator('tbody').getByRole('row');
  }

  row(text: string): Locator {
    return this.rows().filter({ hasText: text });
  }

  async toggleType(type: TxType): Promise<void> {
    await this.page.getByRole('search').getByLabel(this.s.ui.transactions.types[type], { exact: true }).click();
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }

  async setPeriod(from: string, to: string): Promise<void> {
    await this.from.fill(from);
    await this.to.fill(to);
  }

  async clearFilters(): Promise<void> {
    await this.page.getByRole('button', { name: this.s.ui.transactions.clearFilters }).click();
  }

  async sortBy(column: keyof Strings['ui']['transactions']['columns']): Promise<void> {
    await this.table.getByRole('columnheader').getByRole('button', { name: this.s.ui.transactions.columns[column] }).click();
  }

  /** Export CSV, and the file it downloads. */
  async exportCsv(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: this.s.ui.transactions.exportCsv }).click()]);
    return download;
  }

  /** The period's e-invoices button (in the browser: the XML ZIP as a download). */
  get eInvoicesButton(): Locator {
    return this.page.getByRole('button', { name: this.s.ui.transactions.exportEInvoices });
  }

  /** The desktop's Save e-invoices (ZIP): each document's XML and Factur-X PDF, through a save dialog. */
  get saveEInvoicesButton(): Locator {
    return this.page.getByRole('button', { name: this.s.ui.transactions.saveEInvoices });
  }

  /** The same button while the desktop's save runs (disabled, busy, saying so). */
  get savingEInvoicesButton(): Locator {
    return this.page.getByRole('button', { name: this.s.ui.transactions.savingEInvoices });
  }

  /** "Preparing e-invoices… 12 of 40", as the page says it while the desktop prints. */
  einvoicesProgress(done: number, total: number): Locator {
    const text = this.s.ui.transactions.preparingEInvoices.replace('{{done, number}}', String(done)).replace('{{total, number}}', String(total));
    return this.page.getByRole('status').filter({ hasText: text });
  }

  /** The bar beside it. */
  get einvoicesBar(): Locator {
    return this.page.getByRole('progressbar', { name: this.s.ui.transactions.preparingEInvoices.split('…')[0] });
  }

  get cancelEInvoicesButton(): Locator {
    return this.page.getByRole('button', { name: this.s.ui.transactions.cancelEInvoices, exact: true });
  }

  /** What the last save of the period's e-invoices said it did. */
  einvoicesOutcome(text: string): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  /** Download e-invoices (ZIP), and the file it downloads. */
  async downloadEInvoices(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.eInvoicesButton.click()]);
    return download;
  }

  async openInvoice(number: string): Promise<void> {
    // The invoice's row and its payments' rows all link to it.
    await this.table.getByRole('link', { name: number, exact: true }).first().click();
  }

  async openSummary(): Promise<void> {
    await this.page.getByRole('button', { name: this.s.ui.transactions.printSummary }).click();
    await this.summary.waitFor();
  }

  /** Scrolls the table's own scroller to its end, as a long list is read. */
  async scrollToEnd(): Promise<void> {
    await this.table.evaluate((table) => {
      const scroller = table.parentElement!;
      scroller.scrollTop = scroller.scrollHeight;
    });
  }

  /**
   * Makes the page's transactions.query answer pages of `count` generated rows (an invoice and its
   * payment per hour from 2010; amounts 200.00 + n/100), newest first, found by number or amount as the
   * core finds them (core/billing/transactions-query.ts, unit-tested there), to see how the view copes
   * with a long history.
   */
  async serveGeneratedRows(count: number): Promise<void> {
    await this.page.evaluate((n) => {
      const rows = Array.from({ length: n }, (_, i) => {
        const k = Math.floor(i / 2);
        const payment = i % 2 === 1;
        return {
          id: `tx_${i}`,
          type: payment ? ('payment' as const) : ('invoice' as const),
          at: new Date(Date.UTC(2010, 0, 1) + k * 3_600_000).toISOString(),
          number: `INV-BULK-${String(k).padStart(6, '0')}`,
          invoiceId: `inv_${k}`,
          amount: payment ? -(20_000 + k) : 20_000 + k,
          attempted: null,
          currency: 'EUR' as const,
          status: payment ? ('succeeded' as const) : ('paid' as const),
          detail: payment ? 'visa •••• 4242' : 'renewal',
          purchaseOrder: '',
          balanceAfter: payment ? 0 : 20_000 + k,
        };
      });
      window.api!['transactions.query'] = async (input) => {
        const query = (input?.query ?? '').toLowerCase();
        const amount = /^\d+([.,]\d{1,2})?$/.test(query) ? Math.round(Number(query.replace(',', '.')) * 100) : null;
        const kept = rows.filter((r) => !query || r.number.toLowerCase().includes(query) || Math.abs(r.amount) === amount).reverse();
        const offset = input?.offset ?? 0;
        return { ok: true, value: { transactions: kept.slice(offset, offset + (input?.limit ?? 200)), matching: kept.length, total: rows.length, offset } };
      };
    }, count);
  }

  /** Scrolls down page after page until the row with this text is drawn (the next page loads near the end). */
  async scrollUntil(text: string): Promise<void> {
    const lastDrawn = () => this.table.evaluate((table) => Number([...table.querySelectorAll('tbody tr[aria-rowindex]')].at(-1)?.getAttribute('aria-rowindex') ?? 0));
    while ((await this.row(text).count()) === 0) {
      const before = await lastDrawn();
      await this.scrollToEnd();
      // Further rows drawn (a page came), or the one looked for.
      await this.table.evaluate(
        (table, [seen, wanted]) =>
          new Promise<void>((done) => {
            const check = () => {
              const last = Number([...table.querySelectorAll('tbody tr[aria-rowindex]')].at(-1)?.getAttribute('aria-rowindex') ?? 0);
              if (last > Number(seen) || table.textContent?.includes(wanted!)) done();
              else requestAnimationFrame(check);
            };
            check();
          }),
        [String(before), text],
      );
    }
  }
}
