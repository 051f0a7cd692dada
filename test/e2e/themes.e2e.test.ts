/**
 * Light and dark themes: the top bar's Theme setting overrides the OS and survives a reload; People,
 * Transactions and Subscriptions at 1024×700 in both themes, screenshotted, with no sideways scrolling;
 * printing stays light.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../core/i18n/locales/en.json';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { launchApp, type App } from './harness.ts';
import { ShellPage } from './pages/shell.page.ts';
import { SignInPage } from './pages/sign-in.page.ts';

const CLAIRE = 'claire.dubois@lumen-analytics.example';
const VIEWS = [
  ['people', en.ui.nav.people],
  ['transactions', en.ui.nav.transactions],
  ['subscriptions', en.ui.nav.subscriptions],
] as const;

describe('Themes at 1024×700', () => {
  let app: App;
  let shell: ShellPage;
  const theme = () => app.page.getByRole('combobox', { name: en.ui.theme.label });
  const dataTheme = () => app.page.evaluate(() => document.documentElement.getAttribute('data-theme'));
  const background = () => app.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1024, height: 700 }, colorScheme: 'light' });
    shell = new ShellPage(app.page);
    const signIn = new SignInPage(app.page);
    await signIn.waitUntilShown();
    await signIn.signIn(CLAIRE, DEMO_PASSWORD);
    await shell.open(en.ui.nav.myAccount);
    await shell.heading(en.ui.myAccount.title).waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('follows the OS by default, and the setting forces dark or light, kept across a reload', async () => {
    expect(await theme().inputValue()).toBe('system');
    expect(await dataTheme()).toBeNull();
    const light = await background();
    await theme().selectOption({ label: en.ui.theme.dark });
    expect(await dataTheme()).toBe('dark');
    expect(await background()).not.toBe(light);
    await app.page.reload();
    await app.page.getByRole('navigation').waitFor();
    expect(await dataTheme()).toBe('dark');
    expect(await theme().inputValue()).toBe('dark');
    await theme().selectOption({ label: en.ui.theme.light });
    expect(await dataTheme()).toBe('light');
    expect(await background()).toBe(light);
  });

  for (const mode of ['light', 'dark'] as const) {
    it(`shows People, Transactions and Subscriptions without sideways scrolling (${mode})`, async () => {
      await theme().selectOption(mode);
      for (const [name, link] of VIEWS) {
        await shell.open(link);
        await app.page.getByRole('heading', { level: 1 }).first().waitFor();
        await app.page.waitForLoadState('networkidle');
        await app.page.waitForTimeout(300);
        const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, name).toBeLessThanOrEqual(0);
        await app.screenshot(`theme-${name}-${mode}`);
      }
    });
  }

  it('prints light whatever the theme', async () => {
    await theme().selectOption('dark');
    await app.page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const printed = await app.page.evaluate(() => {
      const root = getComputedStyle(document.documentElement);
      return { text: root.getPropertyValue('--text').trim(), surface: root.getPropertyValue('--surface').trim(), body: getComputedStyle(document.body).backgroundColor };
    });
    expect(printed).toEqual({ text: '#000', surface: '#fff', body: 'rgb(255, 255, 255)' });
    await app.page.emulateMedia({ media: null, colorScheme: 'light' });
    await theme().selectOption('system');
  });
});
