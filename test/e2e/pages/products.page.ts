import type { Locator, Page } from 'playwright-core';
import L from '../../../core/i18n/locales/licences/en.json';
import { en, fill, type Strings } from './strings.ts';
import { shownTexts } from './texts.ts';

export type LicenceStrings = typeof L;

/** Products: seats bought / assigned / free per product, Add licences or the reason it is absent. */
export class ProductsPage {
  readonly heading: Locator;
  readonly table: Locator;

  constructor(
    readonly page: Page,
    s: Strings = en,
    readonly l: LicenceStrings = L,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: s.ui.nav.products });
    this.table = page.getByRole('table', { name: l.products.caption });
  }

  row(product: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: product }) });
  }

  /** The row's cells, as shown: product, plan, seats, assigned, free, licences. */
  async cells(product: string): Promise<string[]> {
    return await shownTexts(this.row(product).getByRole('cell'));
  }

  addLicences(product: string): Locator {
    return this.row(product).getByRole('button', { name: fill(this.l.products.addLicencesFor, { product }) });
  }
}
