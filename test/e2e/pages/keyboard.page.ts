import type { Locator, Page } from 'playwright-core';

/** Keyboard-only use: Tab to a control, and whether the focused element shows where focus is. */
export class KeyboardPage {
  constructor(readonly page: Page) {}

  /** Presses Tab until this element has focus (at most `max` times). */
  async tabTo(target: Locator, max = 60): Promise<void> {
    await target.waitFor();
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${target.toString()}`);
  }

  /** The focused element's outline, as drawn (":focus-visible" gives a solid outline). */
  async focusOutline(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return 'none';
      const style = getComputedStyle(el);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }
}
