import type { Locator, Page } from 'playwright-core';
import { en, type Strings } from './strings.ts';

export class SignInPage {
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly error: Locator;

  constructor(
    readonly page: Page,
    s: Strings = en,
  ) {
    this.email = page.getByLabel(s.ui.fields.email, { exact: true });
    this.password = page.getByLabel(s.ui.fields.password, { exact: true });
    this.submit = page.getByRole('button', { name: s.ui.signIn.submit, exact: true });
    this.error = page.getByRole('alert');
  }

  async waitUntilShown(): Promise<void> {
    await this.submit.waitFor();
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }
}
