import type { Locator, Page } from 'playwright-core';
import { en, type Strings } from './strings.ts';
import { pressUntilGone } from './press.ts';

/** My Account > Billing info > Cancel account: the confirmation dialog. */
export class CancelAccountDialog {
  readonly dialog: Locator;

  constructor(
    readonly page: Page,
    readonly s: Strings = en,
  ) {
    this.dialog = page.getByRole('dialog', { name: s.ui.cancel.title });
  }

  async open(): Promise<void> {
    await this.openButton.click();
    await this.dialog.waitFor();
  }

  /** Escape closes the dialog; focus goes back to the button that opened it. */
  async dismissWithEscape(): Promise<void> {
    await pressUntilGone(this.page, 'Escape', this.dialog);
  }

  get openButton(): Locator {
    return this.page.getByRole('region', { name: this.s.ui.myAccount.billingInfo }).getByRole('button', { name: this.s.ui.cancel.action });
  }

  async fill(reason: keyof Strings['ui']['cancel']['reasons'], details: string, password: string): Promise<void> {
    await this.dialog.getByLabel(this.s.ui.cancel.reason, { exact: true }).selectOption({ label: this.s.ui.cancel.reasons[reason] });
    await this.dialog.getByLabel(this.s.ui.cancel.details).fill(details);
    await this.dialog.getByLabel(this.s.ui.cancel.password).fill(password);
  }

  async confirm(): Promise<void> {
    await this.dialog.getByRole('button', { name: this.s.ui.cancel.confirm }).click();
  }
}

/** A cancelled account: the banner on every view, and the reactivation view it leads to. */
export class ReactivationPage {
  readonly heading: Locator;
  readonly banner: Locator;
  readonly password: Locator;
  readonly steps: Locator;

  constructor(
    readonly page: Page,
    readonly s: Strings = en,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: s.ui.reactivate.title });
    this.banner = page.getByRole('region', { name: s.ui.reactivate.bannerLabel });
    this.password = page.getByLabel(s.ui.fields.password, { exact: true });
    this.steps = page.getByRole('list', { name: s.ui.reactivate.stateLabel });
  }

  /** From the banner, whichever action it offers (reactivate, or view the request). */
  async openFromBanner(): Promise<void> {
    await this.banner.getByRole('button').click();
    await this.heading.waitFor();
  }

  async submit(password: string): Promise<void> {
    await this.password.fill(password);
    await this.page.getByRole('button', { name: this.s.ui.reactivate.submit }).click();
  }

  async withdraw(): Promise<void> {
    await this.page.getByRole('button', { name: this.s.ui.reactivate.withdraw }).click();
  }

  /** The request's current step ("Sent", "In progress", "Done"). */
  requestState(state: keyof Strings['ui']['reactivate']['states']): Locator {
    return this.steps.getByRole('listitem').and(this.page.locator('[aria-current="step"]')).filter({ hasText: this.s.ui.reactivate.states[state] });
  }
}
