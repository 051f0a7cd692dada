/**
 * Invitations, resets and ended sessions, end to end in Chromium at 1024 px: an administrator invites
 * a user, the invitee takes the code from the Outbox and chooses a password (in English and in
 * French); "Forgot password?" sends a code and a new password ends the user's other session; a
 * deactivated user's window says why it signed out. Screens are shot light and dark.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../core/i18n/locales/en.json';
import fr from '../../core/i18n/locales/fr.json';
import accessFr from '../../core/i18n/locales/access/fr.json';
import accessDe from '../../core/i18n/locales/access/de.json';
import de from '../../core/i18n/locales/de.json';
import people from '../../core/i18n/locales/people/en.json';
import { DEMO_PASSWORD, DEMO_PEOPLE, demoEmail } from '../../core/seed/demo-people.ts';
import { CODE_PATTERN, codeFromOutbox } from '../../core/testing/codes.ts';
import { launchApp, SCREENSHOTS, type App } from './harness.ts';
import { access, AccessPage } from './pages/access.page.ts';
import { ActivityPage } from './pages/activity.page.ts';
import { PalettePage } from './pages/palette.page.ts';
import { PeoplePage } from './pages/people.page.ts';
import { ShellPage } from './pages/shell.page.ts';
import { SignInPage } from './pages/sign-in.page.ts';
import { fill } from './pages/strings.ts';

const emailOf = (first: string) => demoEmail(DEMO_PEOPLE.find((p) => p.first === first)!);
const ADA = 'ada.lovelace@lumen-analytics.example';
const AMELIE = 'amelie.durand@lumen-analytics.example';
const NEW_PASSWORD = 'Analytical-engine-1843';

describe('invitations, resets and ended sessions in Chromium at 1024 px', () => {
  let app: App;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const stored = (email: string) => [...app.store.tables.users.values()].find((u) => u.email === email);

  /** Light and dark, as the OS would ask. */
  async function shots(page: Page, name: string): Promise<void> {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: `${SCREENSHOTS}/access-${name}-${scheme}.png`, fullPage: true });
    }
    await page.emulateMedia({ colorScheme: 'light' });
  }

  /** Another browser, through its own one-time link: its own session. */
  async function otherBrowser(locale = 'en-GB'): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1024, height: 700 }, locale, timezoneId: 'Europe/Paris' });
    context.setDefaultTimeout(30_000);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(app.bridge.signInUrl());
    await page.waitForURL(app.url);
    return page;
  }

  async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
    const form = new SignInPage(page);
    await form.waitUntilShown();
    await form.signIn(email, password);
    await page.getByRole('navigation').waitFor();
  }

  /** The code in the invitation email, read on the Outbox tab as the administrator sees it. */
  async function codeFromOutboxView(subject: string): Promise<string> {
    const shell = new ShellPage(app.page);
    await shell.open(en.ui.nav.activity);
    const activity = new ActivityPage(app.page);
    await activity.openTab('outbox');
    const email = await activity.openEmail(subject);
    const code = CODE_PATTERN.exec((await email.textContent()) ?? '')?.[0];
    if (!code) throw new Error('no code in the invitation email');
    return code;
  }

  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1024, height: 700 } });
    browser = app.page.context().browser()!;
    await signIn(app.page, emailOf('Claire'));
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await app?.close();
  });

  it('an administrator invites Ada: People shows her Invited, with until when, Resend and Revoke', async () => {
    const shell = new ShellPage(app.page);
    const list = new PeoplePage(app.page);
    await shell.open(en.ui.nav.people);
    const dialog = await list.addUser({ first: 'Ada', last: 'Lovelace', email: ADA });
    await dialog.getByText(people.ui.add.noPassword).waitFor();
    await list.submit(dialog, people.ui.add.submit);
    await dialog.waitFor({ state: 'detached' });
    await app.page.getByRole('status').getByText(fill(people.ui.notices.added, { name: 'Ada Lovelace' })).waitFor();
    expect(stored(ADA)).toMatchObject({ status: 'invited' });
    await list.openUser('Ada Lovelace');
    const panel = app.page.getByRole('complementary', { name: en.ui.people.details });
    await panel.getByText(people.ui.status.invited, { exact: true }).waitFor();
    await panel.getByText(fill(access.ui.people.invitationExpires, { date: '30 Nov 2026, 11:00' })).waitFor();
    await shots(app.page, 'people-invited-en');
    // Resend: a new code, the old one dead.
    const first = codeFromOutbox(app.store, ADA, 'invitation');
    await panel.getByRole('button', { name: access.ui.people.resend, exact: true }).click();
    await shell.toast(fill(access.ui.people.resent_one, { number: 1 })).waitFor();
    // The confirmation does not cover the side panel it answers (its buttons stay reachable).
    const [toastBox, panelBox] = await Promise.all([app.page.locator('.toast').first().boundingBox(), panel.boundingBox()]);
    expect(toastBox!.x + toastBox!.width).toBeLessThanOrEqual(panelBox!.x);
    await expect.poll(() => codeFromOutbox(app.store, ADA, 'invitation')).not.toBe(first);
    // The status filter has Invited.
    await list.clearSearch();
    await list.filterBy(people.ui.statusLabel, people.ui.status.invited);
    await list.count(1, DEMO_PEOPLE.length + 1).waitFor();
    await list.clearFilters();
  });

  it('the invitee takes the code from the Outbox, chooses a password under the policy, and is signed in (English)', async () => {
    const code = await codeFromOutboxView(fill(access.email.invitation.subject, { account: 'Lumen Analytics SAS' }));
    await new ShellPage(app.page).signOut();
    const form = new AccessPage(app.page);
    await form.openInvitation();
    await form.fillCode(ADA, code, 'short', 'short');
    await form.submitCode();
    await app.page.getByText(fill(en.errors.password.tooShort, { min: 12 })).waitFor();
    await shots(app.page, 'accept-invitation-en');
    await form.fillCode(ADA, code, NEW_PASSWORD);
    await form.submitCode();
    await app.page.getByRole('navigation').waitFor();
    await app.page.locator('.topbar .me').getByText('Ada Lovelace').waitFor();
    expect(stored(ADA)).toMatchObject({ status: 'active' });
    await new ShellPage(app.page).signOut();
    // The code worked once.
    await form.openInvitation();
    await form.fillCode(ADA, code, NEW_PASSWORD);
    await form.submitCode();
    await form.alert.getByText(access.errors.codeRefused).waitFor();
    await form.card.getByRole('button', { name: access.ui.signIn.back }).click();
  });

  it('a French invitee reads the French email, and signs in on a French screen', async () => {
    await signIn(app.page, emailOf('Claire'));
    await new ShellPage(app.page).open(en.ui.nav.people);
    const list = new PeoplePage(app.page);
    const dialog = await list.addUser({ first: 'Amélie', last: 'Durand', email: AMELIE });
    await dialog.getByLabel(en.ui.fields.language).selectOption({ label: en.ui.languages.fr });
    await list.submit(dialog, people.ui.add.submit);
    await dialog.waitFor({ state: 'detached' });
    const code = await codeFromOutboxView(fill(accessFr.email.invitation.subject, { account: 'Lumen Analytics SAS' }));

    const page = await otherBrowser('fr-FR');
    const form = new AccessPage(page, accessFr, fr as never);
    await new SignInPage(page, fr as never).waitUntilShown();
    await shots(page, 'sign-in-fr');
    await form.openInvitation();
    await form.fillCode(AMELIE, code, NEW_PASSWORD);
    await shots(page, 'accept-invitation-fr');
    await form.submitCode();
    await page.getByRole('navigation', { name: fr.ui.nav.label }).waitFor();
    await page.locator('.topbar .me').getByText('Amélie Durand').waitFor();
    expect(stored(AMELIE)).toMatchObject({ status: 'active', language: 'fr' });
    await shots(page, 'invitee-signed-in-fr');
  });

  it('"Forgot password?" answers the same for any email, and a new password ends the other session', async () => {
    const hannahElsewhere = await otherBrowser();
    await signIn(hannahElsewhere, emailOf('Hannah'));
    const page = await otherBrowser();
    const form = new AccessPage(page);
    await new SignInPage(page).waitUntilShown();
    await form.openForgot();
    await form.requestReset('nobody@lumen-analytics.example');
    await form.requestReset(emailOf('Hannah'));
    await shots(page, 'forgot-password-en');
    await form.openResetCode();
    await form.fillCode(emailOf('Hannah'), codeFromOutbox(app.store, emailOf('Hannah'), 'password_reset'), NEW_PASSWORD);
    await form.submitCode();
    await page.locator('.topbar .me').getByText('Hannah Becker').waitFor();
    // The other window's next call is refused, and it says why, in Hannah's language.
    await new ShellPage(hannahElsewhere).open(de.ui.nav.activity);
    await hannahElsewhere.getByRole('alert').getByText(accessDe.errors.signedOutPasswordChanged).waitFor();
    await shots(hannahElsewhere, 'signed-out-password-de');
  });

  it('deactivating a user signs their window out with the reason', async () => {
    const tom = await otherBrowser();
    await signIn(tom, emailOf('Tom'));
    const list = new PeoplePage(app.page);
    await new ShellPage(app.page).open(en.ui.nav.people);
    const { menu } = await list.openMenu('Tom Walker');
    await list.menuItem(menu, 'deactivate').click();
    const dialog = app.page.getByRole('dialog');
    await list.submit(dialog, people.ui.actions.deactivate);
    await dialog.waitFor({ state: 'detached' });
    await new ShellPage(tom).open(en.ui.nav.activity);
    await tom.getByRole('alert').getByText(access.errors.signedOutDeactivated).waitFor();
    await new SignInPage(tom).submit.waitFor();
    await shots(tom, 'signed-out-deactivated-en');
  });

  it('the palette\'s "Invite users from a CSV file" reports each row, then invites them all', async () => {
    const palette = new PalettePage(app.page);
    await palette.open();
    await palette.search('CSV');
    await palette.runByKeyboard(access.ui.import.title);
    const dialog = app.page.getByRole('dialog', { name: access.ui.import.title });
    const input = dialog.locator('input[type="file"]');
    const csv = (lines: string[]) => ({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(['email,first name,last name,role,products,features', ...lines].join('\n')) });
    // A file with a taken email: the report says which line, and nothing can be imported.
    await input.setInputFiles(csv(['grace.hopper@lumen-analytics.example,Grace,Hopper,user,Meetings,webinars=on', `${emailOf('Tom')},Tom,Again,user,,`]));
    await dialog.getByRole('table', { name: access.ui.import.report }).getByText(en.errors.email.taken).waitFor();
    expect(await dialog.getByRole('button', { name: fill(access.ui.import.submit_other, { number: 2 }) }).isDisabled()).toBe(true);
    await shots(app.page, 'import-users-report-en');
    await input.setInputFiles(csv(['grace.hopper@lumen-analytics.example,Grace,Hopper,user,Meetings,webinars=on', 'alan.turing@lumen-analytics.example,Alan,Turing,,,']));
    await dialog.getByText(access.ui.import.allReady).waitFor();
    await dialog.getByRole('button', { name: fill(access.ui.import.submit_other, { number: 2 }) }).click();
    await dialog.getByRole('status').getByText(fill(access.ui.import.invited_other, { number: 2 })).waitFor();
    expect(stored('grace.hopper@lumen-analytics.example')).toMatchObject({ status: 'invited', products: [expect.objectContaining({ productId: 'meetings' })] });
    expect(codeFromOutbox(app.store, 'alan.turing@lumen-analytics.example', 'invitation')).toMatch(CODE_PATTERN);
    await dialog.getByRole('button', { name: access.ui.import.close }).click();
  });
});
