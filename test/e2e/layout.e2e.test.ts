/**
 * Layout at 1024×700 in French and German, light and dark: nothing spills out of its box on the
 * Overview (the seat table stays in its card) or on People with the side panel open — no element is
 * wider than its box unless it scrolls, or cuts its text on purpose with an ellipsis (and a title).
 * People's table shows its columns whole (none cut at the right edge of its box) with the side panel
 * open, at 1024 and 1366 px in German (the longest headers).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { put } from '../../core/model/changes.ts';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import de from '../../core/i18n/locales/de.json';
import fr from '../../core/i18n/locales/fr.json';
import { launchApp, type App } from './harness.ts';
import { ShellPage } from './pages/shell.page.ts';
import { SignInPage } from './pages/sign-in.page.ts';
import { shownTexts } from './pages/texts.ts';

const CLAIRE = 'claire.dubois@lumen-analytics.example';
const LANGS = { fr, de } as const;

/** Elements in the content whose content is wider than their box without scrolling or an ellipsis. */
function overflowing(page: App['page']) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main *')]
      .filter((el) => {
        // Visually hidden text (.sr-only, 1 px wide) is meant to be clipped.
        if (el.closest('svg, .sr-only') || el.scrollWidth <= el.clientWidth + 1 || el.clientWidth <= 1) return false;
        const style = getComputedStyle(el);
        return !['auto', 'scroll'].includes(style.overflowX) && style.textOverflow !== 'ellipsis';
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${el.scrollWidth} > ${el.clientWidth}): ${el.textContent?.slice(0, 40)}`),
  );
}

describe.each(['light', 'dark'] as const)('layout at 1024×700, %s', (scheme) => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  const opened = (a: App) => (app = a);
  it.each(Object.keys(LANGS) as (keyof typeof LANGS)[])('keeps Overview and People inside their boxes in %s', async (lang) => {
    const s = LANGS[lang];
    const app = await launchApp({ viewport: { width: 1024, height: 700 }, colorScheme: scheme });
    opened(app);
    const claire = [...app.store.tables.users.values()].find((u) => u.email === CLAIRE)!;
    await app.store.commit([put('users', claire.id, { ...claire, language: lang })]);
    await app.page.reload();
    const signIn = new SignInPage(app.page);
    await signIn.waitUntilShown();
    await signIn.signIn(CLAIRE, DEMO_PASSWORD);
    const shell = new ShellPage(app.page);
    await shell.heading(s.ui.nav.overview).waitFor();
    // The top bar names who is signed in, whole: the palette's button gives up its room first.
    const whole = (selector: string) => app.page.locator(selector).evaluate((el) => ({ text: el.textContent, cut: el.scrollWidth > el.clientWidth + 1 }));
    expect(await whole('.topbar .me')).toEqual({ text: 'Claire Dubois', cut: false });
    expect(await whole('.topbar .account')).toEqual({ text: 'Lumen Analytics SAS', cut: false });
    const table = app.page.locator('.overview-table').first();
    await table.waitFor();
    await app.screenshot(`layout-overview-${lang}-${scheme}`);
    const [card, inner] = await Promise.all([app.page.locator('.overview-panel').first().boundingBox(), table.boundingBox()]);
    expect(inner!.x + inner!.width).toBeLessThanOrEqual(card!.x + card!.width);
    expect(await overflowing(app.page)).toEqual([]);

    await shell.open(s.ui.nav.people);
    await app.page.locator('.users-table tbody tr[tabindex]').first().click();
    await app.page.locator('.user-details').waitFor();
    expect(await overflowing(app.page)).toEqual([]);
    await app.screenshot(`layout-people-${lang}-${scheme}`);
  });
});

/** Tables wider than the box they scroll in: columns cut at the right edge (headless Chromium shows no scrollbar). */
function cutTables(page: App['page']) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main .table-wrap')]
      .filter((wrap) => wrap.scrollWidth > wrap.clientWidth + 1)
      .map((wrap) => `${wrap.className} (${wrap.scrollWidth} > ${wrap.clientWidth}): ${[...wrap.querySelectorAll('th')].map((th) => th.textContent).join(' | ')}`),
  );
}

describe('People with the side panel open', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('keeps every column it shows whole at 1024 and 1366 px in German', async () => {
    app = await launchApp({ viewport: { width: 1024, height: 700 } });
    const claire = [...app.store.tables.users.values()].find((u) => u.email === CLAIRE)!;
    await app.store.commit([put('users', claire.id, { ...claire, language: 'de' })]);
    await app.page.reload();
    const signIn = new SignInPage(app.page);
    await signIn.waitUntilShown();
    await signIn.signIn(CLAIRE, DEMO_PASSWORD);
    const shell = new ShellPage(app.page);
    await shell.open(de.ui.nav.people);
    await app.page.locator('.users-table tbody tr[tabindex]').first().click();
    await app.page.locator('.user-details .facts').waitFor();
    for (const width of [1024, 1366]) {
      await app.page.setViewportSize({ width, height: width === 1024 ? 700 : 850 });
      await app.page.waitForFunction((w) => window.innerWidth === w, width);
      await app.screenshot(`layout-people-panel-de-${width}`);
      expect(await cutTables(app.page)).toEqual([]);
      // The name and the role stay in view beside the panel.
      const headers = await shownTexts(app.page.locator('.users-table th:visible'));
      expect(headers.join(' | ')).toContain(de.ui.fields.name);
      expect(headers.join(' | ')).toContain(de.ui.people.role);
    }
  });
});
