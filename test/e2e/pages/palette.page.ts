import type { Locator, Page } from 'playwright-core';
import palette from '../../../core/i18n/locales/palette/en.json';
import { fill } from './strings.ts';

export type PaletteStrings = typeof palette;

/** The command palette (Ctrl/Cmd+K): its search box, the options it offers, running one by keyboard. */
export class PalettePage {
  readonly dialog: Locator;
  readonly input: Locator;
  readonly options: Locator;
  readonly button: Locator;

  constructor(
    readonly page: Page,
    readonly p: PaletteStrings = palette,
  ) {
    this.dialog = page.getByRole('dialog', { name: p.ui.label });
    this.input = this.dialog.getByRole('combobox');
    this.options = this.dialog.getByRole('option');
    this.button = page.getByRole('button', { name: p.ui.button });
  }

  /** Ctrl+K, then waits until what it offers has loaded. */
  async open(): Promise<void> {
    await this.page.keyboard.press('Control+K');
    await this.dialog.waitFor();
    await this.loaded();
  }

  async loaded(): Promise<void> {
    await this.dialog.locator('[cmdk-list][aria-busy="false"]').waitFor();
  }

  async search(text: string): Promise<void> {
    await this.input.fill(text);
  }

  option(label: string): Locator {
    return this.dialog.getByRole('option', { name: label, exact: true });
  }

  /** The option the arrow keys have reached (Enter runs it). */
  selected(): Locator {
    return this.dialog.locator('[role="option"][aria-selected="true"]');
  }

  /** Moves down with the arrow key until this option is selected, then runs it with Enter. */
  async runByKeyboard(label: string): Promise<void> {
    const option = this.option(label);
    await option.waitFor();
    const count = await this.options.count();
    for (let i = 0; i <= count && (await option.getAttribute('aria-selected')) !== 'true'; i++) await this.page.keyboard.press('ArrowDown');
    await this.selected().and(option).waitFor();
    await this.page.keyboard.press('Enter');
  }

  addSeats(product: string): string {
    return fill(this.p.ui.actions.addSeats, { product });
  }

  assign(product: string): string {
    return fill(this.p.ui.actions.assign, { product });
  }

  openInvoice(number: string): string {
    return fill(this.p.ui.actions.openInvoice, { number });
  }

  printInvoice(number: string): string {
    return fill(this.p.ui.actions.printInvoice, { number });
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.dialog.waitFor({ state: 'hidden' });
  }
}
