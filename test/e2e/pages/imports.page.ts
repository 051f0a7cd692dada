import type { Download, Locator, Page } from 'playwright-core';
import I from '../../../core/i18n/locales/imports/en.json';
import L from '../../../core/i18n/locales/licences/en.json';
import P from '../../../core/i18n/locales/people/en.json';
import { fill } from './strings.ts';
import { shownTexts } from './texts.ts';

type Status = keyof typeof I.status;

/** People > Import CSV: the dialog, its dry-run report and its actions (English UI). */
export class ImportsPage {
  readonly dialog: Locator;
  readonly report: Locator;
  readonly filters: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: I.ui.title });
    this.report = this.dialog.getByRole('table', { name: I.ui.report.tableLabel });
    this.filters = this.dialog.getByRole('group', { name: I.ui.report.filterLabel });
  }

  /** The toolbar button of the People view (it may still be loading). */
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: P.ui.importCsv, exact: true }).click();
    await this.dialog.waitFor();
  }

  /** Chooses a file as the file picker would. */
  async choose(name: string, content: string): Promise<void> {
    await this.dialog.getByLabel(I.ui.choose).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
  }

  /** Chooses a file and waits for the dry run. */
  async upload(name: string, content: string): Promise<void> {
    await this.choose(name, content);
    await this.report.waitFor();
  }

  /** The progress bar of a step: reading, parsing, checking or applying. */
  progress(step: keyof typeof I.ui.progress): Locator {
    return this.dialog.getByRole('status').filter({ hasText: I.ui.progress[step] }).getByRole('progressbar');
  }

  /** The number on a status's filter chip (0 when the chip is not shown). */
  async total(status: Status | 'all'): Promise<number> {
    const chip = this.chip(status);
    if (!(await chip.count())) return 0;
    return Number((await chip.locator('.count').textContent())?.replace(/\D/g, ''));
  }

  async showOnly(status: Status | 'all'): Promise<void> {
    await this.chip(status).click();
  }

  /** A status's filter chip: its label, then its count (with the language's digit grouping). */
  private chip(status: Status | 'all'): Locator {
    const label = status === 'all' ? I.ui.report.all : I.status[status];
    return this.filters.getByRole('button', { name: new RegExp(`^${label} [\\d,.\\s]+$`) });
  }

  /** Line number → status label, for every row the table shows. */
  async statuses(): Promise<Record<number, string>> {
    const out: Record<number, string> = {};
    for (const row of await this.report.locator('tbody tr[aria-rowindex]').all()) {
      const cells = await shownTexts(row.locator('td'));
      out[Number(cells[0])] = cells[5]!;
    }
    return out;
  }

  async alsoRemoveFromQueues(): Promise<void> {
    await this.dialog.getByRole('checkbox', { name: L.ui.queues.alsoRemove }).check();
    await this.dialog.getByText(L.ui.queues.cleared).waitFor();
  }

  async sendEmails(): Promise<void> {
    await this.dialog.getByRole('checkbox', { name: I.ui.notify }).check();
  }

  async downloadReport(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.dialog.getByRole('button', { name: I.ui.download }).click()]);
    return download;
  }

  applyButton(count: number): Locator {
    return this.dialog.getByRole('button', { name: fill(count === 1 ? I.ui.apply_one : I.ui.apply_other, { rows: count }) });
  }

  /** Applies the `ok` rows and waits for the result. */
  async apply(count: number, changedUsers: number): Promise<void> {
    await this.applyButton(count).click();
    await this.dialog.getByRole('status').getByText(fill(I.ui.done, { rows: count, users: changedUsers })).waitFor();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: I.ui.close, exact: true }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }
}
