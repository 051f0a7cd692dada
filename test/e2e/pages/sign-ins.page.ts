import type { Locator, Page } from 'playwright-core';
import signinsEn from '../../../core/i18n/locales/signins/en.json';
import { en, type Strings } from './strings.ts';

export type SignInStrings = typeof signinsEn;

/** Activity > Sign-ins: its filters, count, table and Export CSV; and the recent sign-ins in People's side panel. */
export class SignInsPage {
  readonly table: Locator;
  readonly filters: Locator;
  readonly count: Locator;

  constructor(
    readonly page: Page,
    readonly s: Strings = en,
    readonly g: SignInStrings = signinsEn,
  ) {
    this.table = page.getByRole('table', { name: g.ui.tab, exact: true });
    this.filters = page.getByRole('search', { name: g.ui.filters });
    this.count = page.getByRole('tabpanel').getByRole('status');
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: this.g.ui.tab }).click();
    await this.filters.waitFor();
  }

  async filter(filter: { user?: string; outcome?: string; reason?: string }): Promise<void> {
    if (filter.user !== undefined) await this.filters.getByLabel(this.g.ui.user, { exact: true }).fill(filter.user);
    if (filter.outcome) await this.filters.getByLabel(this.g.ui.outcome).selectOption({ label: filter.outcome });
    if (filter.reason) await this.filters.getByLabel(this.g.ui.reason).selectOption({ label: filter.reason });
  }

  async clearFilters(): Promise<void> {
    await this.page.getByRole('tabpanel').getByRole('button', { name: this.s.ui.activity.clearFilters }).click();
  }

  async shownCount(): Promise<number | null> {
    const digits = ((await this.count.textContent()) ?? '').replace(/[^\d]/g, '');
    return digits ? Number(digits) : null;
  }

  rows(): Locator {
    return this.table.locator('tbody').getByRole('row');
  }

  /** The table's cells whose text is cut at their edge with no title giving it whole. */
  async cutWithoutTitle(): Promise<string[]> {
    return this.table.locator('tbody td').evaluateAll((cells) =>
      cells.filter((td) => td.scrollWidth > td.clientWidth + 1 && td.getAttribute('title') === null).map((td) => td.textContent ?? ''),
    );
  }

  /** Clicks Export CSV and returns the downloaded file's name and text. */
  async exportCsv(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('tabpanel').getByRole('button', { name: this.s.ui.transactions.exportCsv }).click()]);
    const fs = await import('node:fs');
    return { name: download.suggestedFilename(), text: fs.readFileSync(await download.path(), 'utf8') };
  }

  /** People's side panel: the section of recent sign-ins. */
  recent(panel: Locator): Locator {
    return panel.getByRole('region', { name: this.g.ui.recent });
  }
}
