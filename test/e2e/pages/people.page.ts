import type { Locator, Page } from 'playwright-core';
import people from '../../../core/i18n/locales/people/en.json';
import { en, fill, type Strings } from './strings.ts';

export type PeopleStrings = typeof people;

/** People > Users: search and filters, the virtualized table, user menus, the bulk bar, dialogs and the side panel. */
export class PeoplePage {
  readonly search: Locator;
  readonly table: Locator;
  readonly details: Locator;
  readonly filters: Locator;
  readonly bulkBar: Locator;

  constructor(
    readonly page: Page,
    readonly s: Strings = en,
    readonly p: PeopleStrings = people,
  ) {
    this.search = page.getByRole('searchbox');
    this.table = page.getByRole('table', { name: s.ui.people.usersTable });
    this.details = page.getByRole('complementary', { name: s.ui.people.details });
    this.filters = page.getByRole('search', { name: p.ui.filters });
    this.bulkBar = page.getByRole('toolbar', { name: p.ui.bulkLabel });
  }

  /** The data rows rendered right now (virtualized: only those near the viewport). */
  rows(): Locator {
    return this.table.locator('tbody').getByRole('row');
  }

  row(name: string): Locator {
    return this.rows().filter({ hasText: name });
  }

  /** "N users shown, of M". */
  count(count: number, total: number): Locator {
    return this.page.getByText(fill(count === 1 ? this.p.ui.shown_one : this.p.ui.shown_other, { number: count, total }), { exact: true });
  }

  async openUser(name: string): Promise<void> {
    await this.search.fill(name.split(' ')[0]!);
    await this.table.getByRole('row', { name: new RegExp(name) }).click();
    await this.details.getByRole('heading', { name }).waitFor();
  }

  async clearSearch(): Promise<void> {
    await this.search.fill('');
  }

  /** A user's menu button (⋯) in the table. */
  menuButton(name: string): Locator {
    return this.table.getByRole('button', { name: fill(this.p.ui.actionsFor, { name }) });
  }

  /** Opens a user's menu and returns its popup (the items and the notes on what is absent). */
  async openMenu(name: string): Promise<{ menu: Locator; notes: Locator }> {
    const label = fill(this.p.ui.actionsFor, { name });
    await this.menuButton(name).click();
    const menu = this.page.getByRole('menu', { name: label });
    await menu.waitFor();
    return { menu, notes: menu.locator('..').getByRole('note') };
  }

  menuItem(menu: Locator, action: keyof PeopleStrings['ui']['actions']): Locator {
    return menu.getByRole('menuitem', { name: this.p.ui.actions[action], exact: true });
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  async addUser(user: { first: string; last: string; email: string; role?: string }): Promise<Locator> {
    await this.page.getByRole('button', { name: this.p.ui.addUser, exact: true }).click();
    const dialog = this.dialog(this.p.ui.add.title);
    await dialog.getByLabel(this.s.ui.fields.firstName).fill(user.first);
    await dialog.getByLabel(this.s.ui.fields.lastName).fill(user.last);
    await dialog.getByLabel(this.s.ui.fields.email).fill(user.email);
    if (user.role) await dialog.getByLabel(this.s.ui.people.role).selectOption({ label: user.role });
    return dialog;
  }

  async submit(dialog: Locator, label: string): Promise<void> {
    await dialog.getByRole('button', { name: label, exact: true }).click();
  }

  /** Picks a role (an option's label) in the open role dialog and confirms. */
  async chooseRole(role: string): Promise<Locator> {
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(this.s.ui.people.role).selectOption({ label: role });
    await this.submit(dialog, this.p.ui.role.submit);
    return dialog;
  }

  async changeRole(name: string, role: string): Promise<void> {
    const { menu } = await this.openMenu(name);
    await this.menuItem(menu, 'changeRole').click();
    const dialog = await this.chooseRole(role);
    await dialog.waitFor({ state: 'detached' });
  }

  /** Whether the element has focus now. */
  async hasFocus(element: Locator): Promise<boolean> {
    return element.evaluate((el) => el === document.activeElement);
  }

  roleCell(name: string): Locator {
    return this.row(name).locator('td.col-role');
  }

  async filterBy(label: string, option: string): Promise<void> {
    await this.filters.getByLabel(label).selectOption({ label: option });
  }

  async toggleNoLicence(): Promise<void> {
    await this.filters.getByLabel(this.p.ui.noLicence).click();
  }

  /** What an empty search says, with its own Clear filters button. */
  noMatch() {
    return this.page.getByRole('status').filter({ hasText: this.p.ui.noMatch });
  }

  async clearFiltersFromEmptySearch(): Promise<void> {
    await this.noMatch().getByRole('button', { name: this.p.ui.clearFilters }).click();
  }

  async clearFilters(): Promise<void> {
    await this.filters.getByRole('button', { name: this.p.ui.clearFilters }).click();
  }

  async tick(name: string): Promise<void> {
    await this.table.getByRole('checkbox', { name: fill(this.p.ui.selectUser, { name }) }).click();
  }

  async tickAllShown(): Promise<void> {
    await this.table.locator('thead').getByRole('checkbox').click();
  }

  selected(count: number): Locator {
    return this.bulkBar.getByText(fill(count === 1 ? this.p.ui.selected_one : this.p.ui.selected_other, { number: count }), { exact: true });
  }

  async bulk(action: keyof PeopleStrings['ui']['actions']): Promise<void> {
    await this.bulkBar.getByRole('button', { name: this.p.ui.actions[action], exact: true }).click();
  }

  history(): Locator {
    return this.details.getByRole('list', { name: this.p.ui.details.history }).getByRole('listitem');
  }
}
