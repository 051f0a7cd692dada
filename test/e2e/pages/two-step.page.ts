import { generateSync } from 'otplib';
import type { Locator, Page } from 'playwright-core';
import type accessEn from '../../../core/i18n/locales/access/en.json';
import { shownTexts } from './texts.ts';

/** The access area's strings of one language (the locale files share their keys). */
/** The code an authenticator app holding `key` shows at the instant `at` (the core's clock). */
export const codeAt = (key: string, at: Date): string => generateSync({ secret: key, epoch: Math.floor(at.getTime() / 1000) });

export type AccessStrings = typeof accessEn;

/** Two-step sign-in: My Account's panel (enrol, recovery codes) and the sign-in's second step, in the given language. */
export class TwoStepPage {
  readonly panel: Locator;
  /** The screen an administrator the account's policy holds sees until they enrol. */
  readonly enrolScreen: Locator;
  constructor(
    readonly page: Page,
    readonly s: AccessStrings,
  ) {
    this.panel = page.getByRole('region', { name: s.twoStep.ui.title });
    this.enrolScreen = page.getByRole('heading', { level: 1, name: s.twoStep.ui.enrolTitle });
  }

  /** My Account > Account security (super administrators): switches "administrators must use two-step sign-in". */
  async requireForAdmins(on: boolean): Promise<void> {
    const region = this.page.getByRole('region', { name: this.s.twoStep.ui.securityTitle });
    const toggle = region.getByRole('switch', { name: this.s.twoStep.ui.requireAdmins });
    if ((await toggle.isChecked()) !== on) await toggle.click();
    // Saved: the switch is enabled again, in the state the core answered.
    await region.locator(`input[role="switch"]${on ? ':checked' : ':not(:checked)'}:enabled`).waitFor();
  }

  /** Starts the enrolment; returns the key as the panel shows it (groups of four, spaces removed). */
  async begin(): Promise<string> {
    await this.panel.getByRole('button', { name: this.s.twoStep.ui.setUp }).click();
    await this.panel.getByRole('img', { name: this.s.twoStep.ui.qrAlt }).waitFor();
    const key = this.panel.locator('dt', { hasText: this.s.twoStep.ui.key }).locator('xpath=following-sibling::dd[1]');
    return ((await key.textContent()) ?? '').replace(/\s/g, '');
  }

  /** Confirms with a first code; returns the ten recovery codes shown once. */
  async confirm(code: string): Promise<string[]> {
    await this.panel.getByLabel(this.s.twoStep.ui.code).fill(code);
    await this.panel.getByRole('button', { name: this.s.twoStep.ui.turnOn }).click();
    const list = this.panel.getByRole('list', { name: this.s.twoStep.ui.recoveryTitle });
    await list.waitFor();
    return shownTexts(list.getByRole('listitem'));
  }

  async saved(): Promise<void> {
    await this.panel.getByRole('button', { name: this.s.twoStep.ui.saved }).click();
  }

  /** The sign-in's second step: switched to "use a recovery code". */
  async useRecoveryCode(): Promise<void> {
    await this.page.getByRole('heading', { name: this.s.twoStep.ui.title }).waitFor();
    await this.page.getByRole('button', { name: this.s.twoStep.ui.useRecovery }).click();
  }

  /** The sign-in's second step, with a code from the app or (kind `recovery`, once switched) a recovery code. */
  async secondStep(code: string, kind: 'code' | 'recovery' = 'code'): Promise<void> {
    const ui = this.s.twoStep.ui;
    await this.page.getByRole('heading', { name: ui.title }).waitFor();
    await this.page.getByLabel(kind === 'code' ? ui.code : ui.recoveryCode, { exact: true }).fill(code);
    await this.page.getByRole('button', { name: ui.verify, exact: true }).click();
  }
}
