import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The signed-in user's language saved through the core, as My Account's Save does. */
export async function saveLanguage(page: Page, language: string): Promise<void> {
  const saved = await page.evaluate(async (lang) => {
    const me = await window.api!['me.get']();
    if (!me.ok) return me.error.message;
    const { firstName, lastName, phone, timeZone } = me.value;
    const result = await window.api!['me.updatePersonal']({ firstName, lastName, phone, timeZone, language: lang as never });
    return result.ok ? '' : result.error.message;
  }, language);
  expect(saved).toBe('');
}

/** The language saved, then the page reloaded in it. */
export async function setLanguage(page: Page, language: string): Promise<void> {
  await saveLanguage(page, language);
  await page.reload();
  await page.locator(`html[lang="${language}"]`).waitFor();
}
