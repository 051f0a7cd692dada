import type { Locator } from 'playwright-core';

/**
 * The texts of every element `locator` matches, once the first of them is on the page. Playwright's
 * `allTextContents()` does not wait: read right after a navigation it returns what has rendered so far
 * (an empty row), and the test fails only when the machine is slow. Lint sends every e2e read here.
 */
export async function shownTexts(locator: Locator, read: 'textContent' | 'innerText' = 'textContent'): Promise<string[]> {
  await locator.first().waitFor();
  // eslint-disable-next-line no-restricted-syntax -- the one waited read
  const texts = read === 'innerText' ? await locator.allInnerTexts() : await locator.allTextContents();
  return texts.map((text) => text.trim());
}
