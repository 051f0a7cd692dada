import type { Locator, Page } from 'playwright-core';
import people from '../../../core/i18n/locales/people/en.json';
import { en, fill, type Strings } from './strings.ts';
import type { PeopleStrings } from './people.page.ts';

type Permission = keyof PeopleStrings['permissions'];

/** Roles: the custom roles table and its dialogs. */
export class RolesPage {
  readonly table: Locator;

  constructor(
    readonly page: Page,
    readonly s: Strings = en,
    readonly p: PeopleStrings = people,
  ) {
    this.table = page.getByRole('table', { name: p.ui.roles.tableLabel });
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }

  async create(name: string, permissions: Permission[]): Promise<Locator> {
    await this.page.getByRole('button', { name: this.p.ui.roles.new }).click();
    const dialog = this.page.getByRole('dialog', { name: this.p.ui.roles.newTitle });
    await dialog.getByLabel(this.p.ui.roles.name).fill(name);
    for (const permission of permissions) await dialog.getByLabel(this.p.permissions[permission]).check();
    await dialog.getByRole('button', { name: this.s.ui.common.save }).click();
    return dialog;
  }

  async delete(name: string): Promise<Locator> {
    await this.page.getByRole('button', { name: fill(this.p.ui.roles.deleteNamed, { name }) }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('button', { name: this.p.ui.actions.delete, exact: true }).click();
    return dialog;
  }
}
