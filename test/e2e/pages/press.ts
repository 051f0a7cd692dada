import type { Locator, Page } from 'playwright-core';
import { vi } from 'vitest';

/**
 * Presses a key until the popup it should close is gone. A key goes to whatever has focus at that
 * instant; on a loaded machine a render can land between the focus and the press, and a single press is
 * then lost. Pressing again only while the popup is still there never presses twice into the page.
 */
export async function pressUntilGone(page: Page, key: string, popup: Locator): Promise<void> {
  await vi.waitFor(
    async () => {
      if (await popup.count()) await page.keyboard.press(key);
      await popup.waitFor({ state: 'detached', timeout: 2_000 });
    },
    { timeout: 20_000, interval: 100 },
  );
}
