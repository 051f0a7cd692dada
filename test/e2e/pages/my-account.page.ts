import type { Locator, Page } from 'playwright-core';
import { en, type Strings } from './strings.ts';

/** My Account's three panels. Locators take the label text, so they work in any language. */
export class MyAccountPage {
  constructor(readonly page: Page) {}

  panel(title: string | RegExp): Locator {
    return this.page.getByRole('region', { name: title });
  }

  async edit(title: string | RegExp): Promise<Locator> {
    const panel = this.panel(title);
    await panel.getByRole('button', { name: /Edit|Modifier|Bearbeiten/ }).click();
    return panel;
  }

  /** Picks another language in Personal info, from the language the UI is in (`s`, English by default). */
  async changeLanguage(to: string, s: Strings = en): Promise<void> {
    const panel = await this.edit(s.ui.myAccount.personalInfo);
    await panel.getByLabel(s.ui.fields.language).selectOption({ label: to });
    await panel.getByRole('button', { name: s.ui.common.save }).click();
  }

  async changePassword(panelTitle: string | RegExp, labels: PasswordLabels, current: string, next: string, confirm = next): Promise<Locator> {
    const panel = await this.edit(panelTitle);
    await panel.getByLabel(labels.current).fill(current);
    await panel.getByLabel(labels.next, { exact: true }).fill(next);
    await panel.getByLabel(labels.confirm).fill(confirm);
    await panel.getByRole('button', { name: labels.save }).click();
    return panel;
  }

  /** Saves the login info panel with the current password and nothing else changed. */
  async saveLoginUnchanged(panelTitle: string | RegExp, labels: PasswordLabels, current: string): Promise<Locator> {
    const panel = await this.edit(panelTitle);
    await panel.getByLabel(labels.current).fill(current);
    await panel.getByRole('button', { name: labels.save }).click();
    return panel;
  }
}

export interface PasswordLabels {
  current: string;
  next: string;
  confirm: string;
  save: string;
}
