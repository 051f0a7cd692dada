import type { Locator, Page } from 'playwright-core';
import people from '../../../core/i18n/locales/people/en.json';
import { fill } from './strings.ts';
import { shownTexts } from './texts.ts';
import { pressUntilGone } from './press.ts';

type PeopleStrings = typeof people;

/** People's Columns chooser, the resize handles and the saved views menu, in the UI's current language. */
export class PeopleColumnsPage {
  readonly table: Locator;

  constructor(
    readonly page: Page,
    readonly p: PeopleStrings,
    tableName: string,
  ) {
    this.table = page.getByRole('table', { name: tableName });
  }

  /** The arrangeable headers' texts, left to right (the tick box and the menu have none that shows). */
  async headers(): Promise<string[]> {
    return (await shownTexts(this.table.locator('thead th button.th-sort'), 'innerText')).map((text) => text.replace(/[▲▼]/g, '').trim());
  }

  async openColumns(): Promise<Locator> {
    await this.page.getByRole('button', { name: this.p.ui.chooser.button, exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: this.p.ui.chooser.title });
    await dialog.waitFor();
    return dialog;
  }

  async setShown(column: string, shown: boolean): Promise<void> {
    const dialog = await this.openColumns();
    await dialog.getByRole('checkbox', { name: column }).setChecked(shown);
    await this.close(dialog);
  }

  /** Moves a column up the list (one place to the left in the table), by keyboard. */
  async moveUp(column: string): Promise<void> {
    const dialog = await this.openColumns();
    await dialog.getByRole('button', { name: fill(this.p.ui.chooser.moveUp, { column }) }).focus();
    await this.page.keyboard.press('Enter');
    // The focus stays on the column's move buttons (the row moved), ready for another press.
    await dialog.getByRole('button', { name: new RegExp(`^(${fill(this.p.ui.chooser.moveUp, { column })}|${fill(this.p.ui.chooser.moveDown, { column })})$`) }).and(this.page.locator(':focus')).waitFor();
    await this.close(dialog);
  }

  async resetColumns(): Promise<void> {
    const dialog = await this.openColumns();
    await dialog.getByRole('button', { name: this.p.ui.chooser.reset }).click();
    await this.close(dialog);
  }

  /** Escape closes the chooser; focus goes back to its button. */
  async close(dialog: Locator): Promise<void> {
    await pressUntilGone(this.page, 'Escape', dialog);
    await this.page.getByRole('button', { name: this.p.ui.chooser.button, exact: true }).and(this.page.locator(':focus')).waitFor();
  }

  resizer(column: string): Locator {
    return this.table.getByRole('separator', { name: fill(this.p.ui.chooser.resize, { column }) });
  }

  /** Widens (or narrows, with a negative count) a column by keyboard steps. */
  async resizeByKeyboard(column: string, steps: number): Promise<void> {
    await this.resizer(column).focus();
    await this.resizer(column).and(this.page.locator(':focus')).waitFor();
    for (let i = 0; i < Math.abs(steps); i++) await this.page.keyboard.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
  }

  viewsButton(name?: string): Locator {
    return this.page.getByRole('button', { name: name ? fill(this.p.ui.views.buttonNamed, { name }) : this.p.ui.views.button, exact: true });
  }

  async saveView(name: string, openWith: boolean): Promise<void> {
    await this.viewsButton().click();
    await this.page.getByRole('dialog', { name: this.p.ui.views.title }).getByRole('button', { name: this.p.ui.views.save }).click();
    const dialog = this.page.getByRole('dialog', { name: this.p.ui.views.saveTitle });
    await dialog.getByRole('textbox', { name: this.p.ui.views.name }).fill(name);
    if (openWith) await dialog.getByRole('checkbox', { name: this.p.ui.views.openWith }).check();
    await dialog.getByRole('button', { name: this.p.ui.views.saveSubmit }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** Elements of the table cut at their box's edge without an ellipsis and a title, and whether the table is wider than its box. */
  async cutOff(): Promise<{ cut: string[]; tableWider: boolean }> {
    return this.table.evaluate((table) => {
      const box = table.parentElement!;
      const cut = [...table.querySelectorAll<HTMLElement>('th, th button, td, td span')]
        .filter((el) => el.scrollWidth > el.clientWidth + 1 && el.getClientRects().length > 0)
        .filter((el) => !(getComputedStyle(el).textOverflow === 'ellipsis' && (el.title || el.querySelector('[title]') || el.closest('[title]'))))
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent}`);
      return { cut, tableWider: table.scrollWidth > box.clientWidth + 1 };
    });
  }
}
