import type { Locator, Page } from 'playwright-core';
import G from '../../../core/i18n/locales/groups/en.json';
import { en, fill, type Strings } from './strings.ts';

export type GroupStrings = typeof G;

/** Groups: the list, one group opened (members, products), its dialogs, and a product's holders list. */
export class GroupsPage {
  readonly table: Locator;

  constructor(
    readonly page: Page,
    readonly s: Strings = en,
    readonly g: GroupStrings = G,
  ) {
    this.table = page.getByRole('table', { name: g.ui.caption });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async create(name: string): Promise<void> {
    await this.page.getByRole('button', { name: this.g.ui.new }).click();
    await this.dialog().getByRole('textbox', { name: this.g.ui.name }).fill(name);
    await this.dialog().getByRole('button', { name: this.g.ui.create.ok }).click();
    await this.dialog().waitFor({ state: 'detached' });
    await this.table.getByRole('rowheader', { name }).waitFor();
  }

  async manage(name: string): Promise<Locator> {
    await this.table.getByRole('button', { name: fill(this.g.ui.manageNamed, { name }) }).click();
    const panel = this.page.getByRole('region', { name });
    await panel.waitFor();
    return panel;
  }

  /** Opens Add members from the group's panel and ticks each person found by the filter. */
  async pickMembers(panel: Locator, people: string[]): Promise<Locator> {
    await panel.getByRole('button', { name: this.g.ui.addMembers }).click();
    const dialog = this.dialog();
    for (const person of people) {
      await dialog.getByRole('searchbox', { name: this.g.ui.addDialog.filter }).fill(person.split(' ')[0]!);
      await dialog.getByRole('checkbox', { name: new RegExp(person) }).check();
    }
    return dialog;
  }

  async addMembers(panel: Locator, people: string[]): Promise<void> {
    const dialog = await this.pickMembers(panel, people);
    await dialog.getByRole('button', { name: this.g.ui.addDialog.ok, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async removeMember(panel: Locator, name: string): Promise<void> {
    await panel.getByRole('button', { name: fill(this.g.ui.removeNamed, { name }) }).click();
    await panel.getByRole('list', { name: this.g.ui.members }).getByText(name, { exact: true }).waitFor({ state: 'detached' });
  }

  async giveProducts(panel: Locator, products: string[]): Promise<void> {
    for (const product of products) await panel.getByRole('checkbox', { name: product, exact: true }).check();
    await panel.getByRole('button', { name: this.g.ui.saveProducts }).click();
  }
}
