import type { Locator, Page } from 'playwright-core';
import O from '../../../core/i18n/locales/overview/en.json';
import { en, type Strings } from './strings.ts';
import { shownTexts } from './texts.ts';

export type OverviewStrings = typeof O;

/** The Overview: seat utilisation (chart and table), spending per month (chart, toggle, table), summary cards. */
export class OverviewPage {
  readonly heading: Locator;
  readonly seatsTable: Locator;
  readonly spendingTable: Locator;
  readonly cards: Locator;
  readonly seatsChart: Locator;
  readonly spendingChart: Locator;

  constructor(
    readonly page: Page,
    readonly s: Strings = en,
    readonly o: OverviewStrings = O,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: o.ui.title });
    this.seatsTable = page.getByRole('table', { name: o.seats.caption });
    this.spendingTable = page.getByRole('table', { name: o.spending.caption });
    this.cards = page.getByRole('list', { name: o.cards.label });
    this.seatsChart = page.getByRole('region', { name: o.seats.title }).locator('.recharts-wrapper');
    this.spendingChart = page.getByRole('region', { name: o.spending.title }).locator('.recharts-wrapper');
  }

  /** Where the charts' boxes and the seat table sit on the page, rounded to the pixel. */
  async boxes(): Promise<number[][]> {
    const boxes = await this.page.locator('.overview-chart, .overview-table').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()));
    return boxes.map((b) => [b.x, b.y, b.width, b.height].map(Math.round));
  }

  /** A product's seat figures as shown: bought, assigned, idle. */
  async seats(product: string): Promise<string[]> {
    const row = this.seatsTable.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: product, exact: true }) });
    return await shownTexts(row.getByRole('cell'));
  }

  /** Opens the spending figures (a disclosure under the chart) and returns the month's cells: per product, then the total. */
  async spending(monthLabel: string): Promise<string[]> {
    await this.showSpendingTable();
    const row = this.spendingTable.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: monthLabel, exact: true }) });
    return await shownTexts(row.getByRole('cell'));
  }

  async spendingColumns(): Promise<string[]> {
    await this.showSpendingTable();
    return await shownTexts(this.spendingTable.getByRole('columnheader'));
  }

  async showSpendingTable(): Promise<void> {
    if (!(await this.spendingTable.isVisible())) await this.page.getByText(this.o.spending.showTable).click();
  }

  async chooseMonths(months: 12 | 36): Promise<void> {
    await this.page.getByRole('button', { name: months === 12 ? this.o.spending.months12 : this.o.spending.months36 }).click();
  }

  /** Points at the seat chart's first bar and returns its tooltip's text, as it shows. */
  async seatTooltip(): Promise<string> {
    const bar = await this.seatsChart.locator('path.recharts-rectangle').first().boundingBox();
    await this.page.mouse.move(bar!.x + bar!.width / 2, bar!.y + bar!.height / 2);
    const tooltip = this.seatsChart.locator('.recharts-default-tooltip');
    await tooltip.waitFor();
    return (await tooltip.innerText()).replace(/\s*\n\s*/g, ' | ');
  }

  /** Moves the pointer off the charts (no tooltip), for a steady picture. */
  async rest(): Promise<void> {
    await this.page.mouse.move(0, 0);
  }

  card(title: string): Locator {
    return this.cards.getByRole('listitem', { name: title });
  }

  link(name: string): Locator {
    return this.page.getByRole('link', { name });
  }
}
