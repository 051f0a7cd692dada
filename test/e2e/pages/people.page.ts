import type { Locator, Page } from 'playwright-core';

export class PeoplePage {
  readonly search: Locator;
  readonly table: Locator;
  readonly details: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByRole('searchbox');
    this.table = page.getByRole('table', { name: 'Users' });
    this.details = page.getByRole('complementary', { name: 'User details' });
  }

  async openUser(name: string): Promise<void> {
    await this.search.fill(name.split(' ')[0]!);
    await this.table.getByRole('row', { name: new RegExp(name) }).click();
    await this.details.getByRole('heading', { name }).waitFor();
  }
}
