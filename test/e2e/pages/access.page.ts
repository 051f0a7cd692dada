import type { Locator, Page } from 'playwright-core';
import access from '../../../core/i18n/locales/access/en.json';
import { en, type Strings } from './strings.ts';

export type AccessStrings = typeof access;
export { access };

/** The sign-in screen's other ways in: an invitation's code, "Forgot password?" and a reset's code. */
export class AccessPage {
  constructor(
    readonly page: Page,
    readonly a: AccessStrings = access,
    readonly s: Strings = en,
  ) {}

  /** The sign-in card on screen (whichever form it holds). */
  get card(): Locator {
    return this.page.locator('form.signin-card');
  }

  get alert(): Locator {
    return this.card.getByRole('alert').first();
  }

  async openInvitation(): Promise<void> {
    await this.page.getByRole('button', { name: this.a.ui.signIn.haveInvitation, exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: this.a.ui.signIn.invitationTitle }).waitFor();
  }

  async openForgot(): Promise<void> {
    await this.page.getByRole('button', { name: this.a.ui.signIn.forgot, exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: this.a.ui.signIn.forgotTitle }).waitFor();
  }

  async requestReset(email: string): Promise<void> {
    await this.page.getByLabel(this.s.ui.fields.email, { exact: true }).fill(email);
    await this.page.getByRole('button', { name: this.a.ui.signIn.sendCode, exact: true }).click();
    await this.page.getByRole('status').filter({ hasText: this.a.ui.signIn.sent }).waitFor();
  }

  async openResetCode(): Promise<void> {
    await this.page.getByRole('button', { name: this.a.ui.signIn.haveResetCode, exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: this.a.ui.signIn.resetTitle }).waitFor();
  }

  /** Fills the code form (email, code, the new password twice) without sending it. */
  async fillCode(email: string, code: string, password: string, confirm = password): Promise<void> {
    await this.page.getByLabel(this.s.ui.fields.email, { exact: true }).fill(email);
    await this.page.getByLabel(this.a.ui.signIn.code, { exact: true }).fill(code);
    await this.page.getByLabel(this.a.ui.signIn.newPassword, { exact: true }).fill(password);
    await this.page.getByLabel(this.a.ui.signIn.confirmPassword, { exact: true }).fill(confirm);
  }

  async submitCode(): Promise<void> {
    await this.page.getByRole('button', { name: this.a.ui.signIn.submitCode, exact: true }).click();
  }
}
