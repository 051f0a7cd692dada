/**
 * The sign-in log end to end: a refused and an accepted sign-in, Activity > Sign-ins filtered and
 * exported (every matching attempt, more than one page), the audit log's export of more than one
 * page, and the user's recent sign-ins in People; in English and German, light and dark, at 1024 px.
 */
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import de from '../../core/i18n/locales/de.json';
import peopleEn from '../../core/i18n/locales/people/en.json';
import signinsDe from '../../core/i18n/locales/signins/de.json';
import signinsEn from '../../core/i18n/locales/signins/en.json';
import { put } from '../../core/model/changes.ts';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { launchApp, type App } from './harness.ts';
import { ActivityPage } from './pages/activity.page.ts';
import { MyAccountPage } from './pages/my-account.page.ts';
import { PeoplePage } from './pages/people.page.ts';
import { ShellPage } from './pages/shell.page.ts';
import { SignInPage } from './pages/sign-in.page.ts';
import { SignInsPage } from './pages/sign-ins.page.ts';
import { en, fill } from './pages/strings.ts';

const CLAIRE = 'claire.dubois@lumen-analytics.example';
const TOM = 'tom.walker@lumen-analytics.example';
const SCANNER = 'scanner@elsewhere.example';
/** More than one page of the table (200) holds. */
const SEEDED = 230;
/** A day of the account's past that holds only the seeded audit entries. */
const SEEDED_DAY = '2026-06-14';
const rowsOf = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { newline: '\r\n', skipEmptyLines: true }).data;

describe('The sign-in log, end to end in Chromium', () => {
  let app: App;
  let shell: ShellPage;
  let signIns: SignInsPage;
  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1024, height: 700 } });
    shell = new ShellPage(app.page);
    signIns = new SignInsPage(app.page);
    // An unknown email tried many times before (older than what follows), and a past day of audit entries.
    const earlier = new Date(app.clock.now().getTime() - 3600_000).toISOString();
    const tries = Array.from({ length: SEEDED }, (_, i) => {
      const id = `sgn_seed${String(i).padStart(4, '0')}`;
      return put('signIns', id, { id, at: earlier, userId: null, email: SCANNER, method: 'password', outcome: 'failed', reason: 'unknown_user' });
    });
    const audit = Array.from({ length: SEEDED }, (_, i) => {
      const id = `aud_seed${String(i).padStart(4, '0')}`;
      return put('audit', id, { id, at: `${SEEDED_DAY}T10:00:00.000Z`, actorId: null, action: 'subscription.renewed', targetType: 'subscription', targetId: 'sub_seed', before: null, after: null });
    });
    await app.store.commit([...tries, ...audit]);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('records a refused and an accepted sign-in, filters them, and exports every match', async () => {
    const signIn = new SignInPage(app.page);
    await signIn.waitUntilShown();
    await signIn.signIn(TOM, 'not-the-password');
    await signIn.error.waitFor();
    await signIn.signIn(CLAIRE, DEMO_PASSWORD);
    await app.page.getByRole('navigation').waitFor();

    await shell.open(en.ui.nav.activity);
    await signIns.open();
    await expect.poll(() => signIns.shownCount()).toBe(SEEDED + 2);
    await signIns.filter({ outcome: signinsEn.outcomes.failed, reason: signinsEn.reasons.wrong_password });
    await expect.poll(() => signIns.shownCount()).toBe(1);
    await expect.poll(() => signIns.rows().first().textContent()).toContain('Tom Walker');
    expect(await signIns.rows().first().textContent()).toContain(signinsEn.reasons.wrong_password);
    await app.screenshot('sign-in-log-01-filtered-en-light');

    await signIns.clearFilters();
    await signIns.filter({ reason: signinsEn.reasons.unknown_user });
    await expect.poll(() => signIns.shownCount()).toBe(SEEDED);
    const file = await signIns.exportCsv();
    expect(file.name).toBe('sign-ins.csv');
    const rows = rowsOf(file.text);
    expect(rows[0]).toEqual([signinsEn.ui.when, signinsEn.ui.user, signinsEn.ui.email, signinsEn.ui.method, signinsEn.ui.outcome, signinsEn.ui.reason]);
    // Every matching attempt, not only the page on screen.
    expect(rows.length).toBe(SEEDED + 1);
    expect(rows[1]!.slice(1)).toEqual([signinsEn.ui.unknownUser, SCANNER, signinsEn.methods.password, signinsEn.outcomes.failed, signinsEn.reasons.unknown_user]);
    expect(file.text).not.toMatch(/signins\.|unknown_user|\[object|undefined|NaN/);
  });

  it('exports every audit entry the filters match, beyond the page loaded', async () => {
    const activity = new ActivityPage(app.page);
    await activity.openTab('audit');
    await activity.filterAudit({ from: SEEDED_DAY, to: SEEDED_DAY });
    await expect.poll(() => activity.shownCount()).toBe(SEEDED);
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('tabpanel').getByRole('button', { name: en.ui.transactions.exportCsv }).click()]);
    const fs = await import('node:fs');
    expect(rowsOf(fs.readFileSync(await download.path(), 'utf8')).length).toBe(SEEDED + 1);
    await activity.clearAuditFilters();
  });

  it('shows the user’s recent sign-ins in People, with a way to all of them in Activity', async () => {
    const people = new PeoplePage(app.page, en, peopleEn);
    await shell.open(en.ui.nav.people);
    await people.openUser('Tom Walker');
    const recent = signIns.recent(people.details);
    await expect.poll(() => recent.textContent()).toContain(signinsEn.reasons.wrong_password);
    await recent.scrollIntoViewIfNeeded();
    await app.screenshot('sign-in-log-02-people-panel-en-light');
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await app.screenshot('sign-in-log-03-people-panel-en-dark');
    await app.page.emulateMedia({ colorScheme: 'light' });

    await recent.getByRole('button', { name: fill(signinsEn.ui.seeAll, { name: 'Tom Walker' }) }).click();
    await signIns.filters.getByText(fill(signinsEn.ui.onlyUser, { name: 'Tom Walker' })).waitFor();
    await expect.poll(() => signIns.shownCount()).toBe(1);
  });

  it('reads in German, light and dark', async () => {
    await shell.open(en.ui.nav.myAccount);
    await new MyAccountPage(app.page).changeLanguage('Deutsch');
    await shell.heading(de.ui.myAccount.title).waitFor();
    await shell.open(de.ui.nav.activity);
    const german = new SignInsPage(app.page, de as never, signinsDe);
    await german.open();
    // The filter to Tom set from People stays until it is lifted.
    await german.filters.getByRole('button', { name: signinsDe.ui.showEveryone }).click();
    await expect.poll(() => german.shownCount()).toBe(SEEDED + 2);
    await german.rows().filter({ hasText: signinsDe.reasons.wrong_password }).waitFor();
    // At 1024 px every cell's text is whole, or whole in its title (the longest German reasons and ways in).
    expect(await german.cutWithoutTitle()).toEqual([]);
    await app.screenshot('sign-in-log-04-activity-de-light');
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await app.screenshot('sign-in-log-05-activity-de-dark');
    const text = (await app.page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/signins\.|\[object|undefined|NaN|Invalid Date/);
  });
});
