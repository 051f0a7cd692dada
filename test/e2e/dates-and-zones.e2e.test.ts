/**
 * Issue 18: days are typed in the app's language, not the OS's (a native date input shows mm/dd/yyyy
 * whatever the UI says), and the time zone is picked from a searchable list that reads like
 * "(UTC+01:00) Paris — Europe/Paris".
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import de from '../../core/i18n/locales/de.json';
import fr from '../../core/i18n/locales/fr.json';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { launchApp, type App } from './harness.ts';
import { ActivityPage } from './pages/activity.page.ts';
import { MyAccountPage } from './pages/my-account.page.ts';
import { ShellPage } from './pages/shell.page.ts';
import { SignInPage } from './pages/sign-in.page.ts';
import { en, fill, type Strings } from './pages/strings.ts';
import { TransactionsPage } from './pages/transactions.page.ts';
import { setLanguage } from './pages/language.ts';
import { pressUntilGone } from './pages/press.ts';

const CLAIRE = 'claire.dubois@lumen-analytics.example';
/** The harness's fixed clock: 23 November 2026, 11:00 in Paris. */
const TODAY = '2026-11-23';
/** Claire's zone as the picker and Personal info show it, at the harness's instant (winter time). */
const PARIS = '(UTC+01:00) Paris — Europe/Paris';

describe('Localized date fields and the time-zone picker', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1024, height: 700 } });
    const signIn = new SignInPage(app.page);
    await signIn.waitUntilShown();
    await signIn.signIn(CLAIRE, DEMO_PASSWORD);
    await new ShellPage(app.page).open(en.ui.nav.myAccount);
    await new MyAccountPage(app.page).changeLanguage(en.ui.languages.fr);
    await new ShellPage(app.page).heading(fr.ui.myAccount.title).waitFor();
    // Two entries of last week, copies of the demo's first one (which, like the whole demo log, is of today).
    const first = [...app.store.tables.audit.values()][0]!;
    app.store.tables.audit.set('aud_dates_19', { ...first, id: 'aud_dates_19', at: '2026-11-19T10:00:00.000Z' });
    app.store.tables.audit.set('aud_dates_20', { ...first, id: 'aud_dates_20', at: '2026-11-20T22:30:00.000Z' });
  });
  afterAll(async () => {
    await app?.close();
  });

  /** The audit log's days: the language's placeholder and order, then a typed day that filters the rows. */
  async function auditByDay(s: Strings, placeholder: string, typed: { from: string; to: string }): Promise<void> {
    const shell = new ShellPage(app.page);
    await shell.open(s.ui.nav.activity);
    const activity = new ActivityPage(app.page, s);
    await activity.clearAuditFilters();
    await expect.poll(() => activity.shownCount()).toBeGreaterThan(0);
    const all = (await activity.shownCount())!;
    expect(await activity.fromDay.shown()).toBe(placeholder);
    expect(await activity.toDay.shown()).toBe(placeholder);
    // The demo's log begins today; the two entries of last week are the only ones on 19 and 20 November.
    await activity.filterAudit({ from: '2026-11-19', to: '2026-11-20' });
    expect(await activity.fromDay.shown()).toBe(typed.from);
    expect(await activity.toDay.shown()).toBe(typed.to);
    await expect.poll(() => activity.shownCount()).toBe(2);
    await activity.filterAudit({ from: TODAY, to: TODAY });
    await expect.poll(() => activity.shownCount()).toBe(all - 2);
    await activity.filterAudit({ from: '2020-01-01', to: '2020-01-01' });
    await expect.poll(() => activity.shownCount()).toBe(0);
  }

  it('types days in French as jj/mm/aaaa, and a typed day filters the audit log', async () => {
    await auditByDay(fr, 'jj/mm/aaaa', { from: '19/11/2026', to: '20/11/2026' });
    expect(await new ActivityPage(app.page, fr).fromDay.order()).toEqual(['day', 'month', 'year']);
    await app.screenshot('dates-01-audit-fr');
  });

  it('filters the transactions by typed days in French', async () => {
    await new ShellPage(app.page).open(fr.ui.nav.transactions);
    const tx = new TransactionsPage(app.page, fr);
    await tx.rows().first().waitFor();
    expect(await tx.from.shown()).toBe('jj/mm/aaaa');
    const all = await tx.shownCount();
    await tx.setPeriod('2026-11-01', '2026-11-30');
    expect(await tx.from.shown()).toBe('01/11/2026');
    expect(await tx.to.shown()).toBe('30/11/2026');
    await expect.poll(() => tx.shownCount()).toBeLessThan(all);
    expect(await tx.shownCount()).toBeGreaterThan(0);
    await app.screenshot('dates-02-transactions-fr');
    // A first day after the last one is marked, and said in French.
    await tx.from.fill('2026-12-01');
    await expect.poll(() => tx.from.group.getAttribute('data-invalid')).toBe('true');
    // In the UI's language (react-aria's own message follows the browser's), the day written out.
    await expect.poll(() => tx.from.message()).toContain(fill(fr.ui.dateField.tooLate, { day: '30 novembre 2026' }));
    expect(await tx.to.message()).toContain(fill(fr.ui.dateField.tooEarly, { day: '1 décembre 2026' }));
    expect(await tx.from.message()).not.toMatch(/Value must/);
    await app.screenshot('dates-02b-transactions-invalid-fr');
    await tx.from.clear();
    await expect.poll(() => tx.from.shown()).toBe('jj/mm/aaaa');
    await tx.clearFilters();
  });

  it('picks the time zone by typing in French (offset, city), and keeps it after a reload', async () => {
    const shell = new ShellPage(app.page);
    await shell.open(fr.ui.nav.myAccount);
    const account = new MyAccountPage(app.page);
    expect(await account.shownTimeZone(fr)).toBe(PARIS);
    // Away from Paris first, found by its offset and city, so that choosing Paris again is a change.
    await account.chooseTimeZone('+9 tokyo', /Tokyo — Asia\/Tokyo/, fr);
    await expect.poll(() => account.shownTimeZone(fr)).toBe('(UTC+09:00) Tokyo — Asia/Tokyo');

    const panel = await account.edit(fr.ui.myAccount.personalInfo);
    const box = account.timeZoneBox(panel, fr);
    expect(await box.inputValue()).toBe('(UTC+09:00) Tokyo — Asia/Tokyo');
    await box.fill('paris');
    const options = app.page.getByRole('listbox').getByRole('option');
    await expect.poll(() => options.count()).toBe(1);
    // The zone's name in French beneath its label; the offset is the core's November one (no summer time).
    await expect.poll(() => options.first().textContent()).toBe(`${PARIS}heure d’Europe centrale`);
    await app.screenshot('zones-01-search-paris-fr');
    await options.first().click();
    await expect.poll(() => box.inputValue()).toBe(PARIS);
    await panel.getByRole('button', { name: fr.ui.common.save }).click();
    await expect.poll(() => account.shownTimeZone(fr)).toBe(PARIS);

    await app.page.reload();
    await shell.heading(fr.ui.myAccount.title).waitFor();
    expect(await account.shownTimeZone(fr)).toBe(PARIS);
    const me = await app.page.evaluate(() => window.api!['me.get']());
    expect(me.ok && me.value.timeZone).toBe('Europe/Paris');
    await app.screenshot('zones-02-saved-fr');
  });

  it('says so when no time zone matches, and keeps the one chosen', async () => {
    const account = new MyAccountPage(app.page);
    const panel = await account.edit(fr.ui.myAccount.personalInfo);
    const box = account.timeZoneBox(panel, fr);
    await box.fill('atlantide');
    await app.page.getByText(fill(fr.ui.timeZone.none, { query: 'atlantide' })).waitFor();
    await box.fill('');
    await box.blur();
    await panel.getByRole('button', { name: fr.ui.common.cancel }).click();
    expect(await account.shownTimeZone(fr)).toBe(PARIS);
  });

  it('types days in German as TT.MM.JJJJ, and a typed day filters the audit log', async () => {
    await new ShellPage(app.page).open(fr.ui.nav.myAccount);
    await new MyAccountPage(app.page).changeLanguage(fr.ui.languages.de, fr);
    await new ShellPage(app.page).heading(de.ui.myAccount.title).waitFor();
    await auditByDay(de, 'TT.MM.JJJJ', { from: '19.11.2026', to: '20.11.2026' });
    await app.screenshot('dates-03-audit-de');
  });
});

describe('The date field and the time-zone picker from the keyboard, in three languages, light and dark', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1024, height: 700 } });
    const signIn = new SignInPage(app.page);
    await signIn.waitUntilShown();
    await signIn.signIn(CLAIRE, DEMO_PASSWORD);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('types a day in English (dd/mm/yyyy), steps it with the arrows, picks one in the calendar, clears it', async () => {
    await new ShellPage(app.page).open(en.ui.nav.activity);
    const from = new ActivityPage(app.page, en).fromDay;
    expect(await from.shown()).toBe('dd/mm/yyyy');
    await from.typeFromStart('19112026');
    await expect.poll(() => from.shown()).toBe('19/11/2026');
    await from.segment('day').focus();
    await app.page.keyboard.press('ArrowUp');
    await expect.poll(() => from.shown()).toBe('20/11/2026');
    const calendar = await from.openCalendar();
    // The calendar opens on the field's day; the arrows move in it, Enter picks.
    await expect.poll(() => calendar.getByRole('heading').textContent()).toBe('November 2026');
    await app.page.keyboard.press('ArrowRight');
    await app.page.keyboard.press('Enter');
    await calendar.waitFor({ state: 'detached' });
    await expect.poll(() => from.shown()).toBe('21/11/2026');
    await from.clear();
    await expect.poll(() => from.shown()).toBe('dd/mm/yyyy');
    // Focus stays in the field, on its first segment, not lost to the page.
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('data-type'))).toBe('day');
  });

  // axe is slow on this machine (seconds a run): in English only; the other languages change words, not roles.
  for (const [code, s, axe] of [['en', en, true], ['fr', fr, false], ['de', de, false]] as const) {
    it(`shows the calendar and the list of zones in ${code}, light and dark${axe ? ', with no serious axe finding' : ''}`, async () => {
      await setLanguage(app.page, code);
      for (const theme of ['light', 'dark'] as const) {
        await app.page.emulateMedia({ colorScheme: theme });
        await new ShellPage(app.page).open(s.ui.nav.activity);
        const activity = new ActivityPage(app.page, s);
        await activity.filterAudit({ from: TODAY });
        const calendar = await activity.toDay.openCalendar();
        await app.screenshot(`dates-calendar-${code}-${theme}`);
        if (axe) expect(await serious(app.page)).toEqual([]);
        await activity.toDay.closeCalendar(calendar);
        await activity.clearAuditFilters();

        await new ShellPage(app.page).open(s.ui.nav.myAccount);
        const account = new MyAccountPage(app.page);
        const panel = await account.edit(s.ui.myAccount.personalInfo);
        await account.timeZoneBox(panel, s).fill('europe');
        await app.page.getByRole('listbox').getByRole('option').first().waitFor();
        await app.screenshot(`zones-list-${code}-${theme}`);
        if (axe) expect(await serious(app.page)).toEqual([]);
        await pressUntilGone(app.page, 'Escape', app.page.getByRole('listbox'));
        await panel.getByRole('button', { name: s.ui.common.cancel }).click();
        await app.screenshot(`zones-shown-${code}-${theme}`);
      }
      // Four full-page axe runs: ~20 s on a quiet machine, over the default minute on a loaded one.
    }, axe ? 150_000 : undefined);
  }
});

/**
 * Serious or critical axe findings. With a combo box's list open, react-aria hides the rest of the page
 * from assistive technology (aria-hidden, as a modal would): axe looks at the combo box and its list.
 */
async function serious(page: Page): Promise<string[]> {
  const listOpen = (await page.locator('.combo-popover').count()) > 0;
  const builder = new AxeBuilder({ page });
  const results = await (listOpen ? builder.include('.combo-popover').include('.field:has([role="combobox"])') : builder).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} ${JSON.stringify(n.target)}: ${v.help}`));
}
