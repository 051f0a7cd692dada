import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../core/i18n/locales/en.json';
import fr from '../../core/i18n/locales/fr.json';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { launchApp, type App } from './harness.ts';
import { MyAccountPage } from './pages/my-account.page.ts';
import { PeoplePage } from './pages/people.page.ts';
import { ShellPage } from './pages/shell.page.ts';
import { SignInPage } from './pages/sign-in.page.ts';

const CLAIRE = 'claire.dubois@lumen-analytics.example';
const NEW_PASSWORD = 'Quiet-harbour-lanterns-42';

describe('My Account, end to end in Chromium', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('signs in to the seeded demo account on first run', async () => {
    const signIn = new SignInPage(app.page);
    await signIn.waitUntilShown();
    await app.screenshot('01-sign-in');
    await signIn.signIn(CLAIRE, 'not-the-password');
    await expect.poll(() => signIn.error.textContent()).toBe(en.errors.auth.badCredentials);
    await signIn.signIn(CLAIRE, DEMO_PASSWORD);
    await new ShellPage(app.page).open(en.ui.nav.myAccount); // sign-in lands on the Overview
    await new ShellPage(app.page).heading(en.ui.myAccount.title).waitFor();
    await app.screenshot('02-my-account');
  });

  it('switches the whole UI to French when the language changes', async () => {
    const account = new MyAccountPage(app.page);
    await account.changeLanguage('Français');
    const shell = new ShellPage(app.page);
    await shell.heading(fr.ui.myAccount.title).waitFor();
    expect(await app.page.getByRole('navigation').textContent()).toContain(fr.ui.nav.activity);
    expect(await app.page.locator('html').getAttribute('lang')).toBe('fr');
    await app.screenshot('03-my-account-fr');
  });

  it('answers a wrong current password as an error even with nothing changed, and a save with no change as nothing to save', async () => {
    const account = new MyAccountPage(app.page);
    const labels = { current: fr.ui.fields.currentPassword, next: fr.ui.fields.newPassword, confirm: fr.ui.fields.confirmPassword, save: fr.ui.common.save };
    const panel = await account.saveLoginUnchanged(fr.ui.myAccount.loginInfo, labels, 'wrong-password');
    await panel.getByText(fr.errors.password.currentWrong).waitFor();
    expect(await app.page.getByText(fr.ui.myAccount.loginSaved).count()).toBe(0);
    await app.screenshot('03a-login-unchanged-wrong-password');
    await panel.getByRole('button', { name: fr.ui.common.cancel }).click();

    await account.saveLoginUnchanged(fr.ui.myAccount.loginInfo, labels, DEMO_PASSWORD);
    await app.page.getByRole('status').getByText(fr.ui.myAccount.nothingToSave).waitFor();
    expect(await app.page.getByText(fr.ui.myAccount.loginSaved).count()).toBe(0);
    await app.screenshot('03b-login-nothing-to-save');

    const personal = await account.edit(fr.ui.myAccount.personalInfo);
    await personal.getByRole('button', { name: fr.ui.common.save }).click();
    await app.page.getByRole('status').getByText(fr.ui.myAccount.nothingToSave).waitFor();
    expect(await app.page.getByText(fr.ui.myAccount.personalSaved).count()).toBe(0);
  });

  it('refuses a wrong current password and a weak one, then changes it', async () => {
    const account = new MyAccountPage(app.page);
    const labels = {
      current: fr.ui.fields.currentPassword,
      next: fr.ui.fields.newPassword,
      confirm: fr.ui.fields.confirmPassword,
      save: fr.ui.common.save,
    };
    let panel = await account.changePassword(fr.ui.myAccount.loginInfo, labels, 'wrong-password', NEW_PASSWORD);
    await panel.getByText(fr.errors.password.currentWrong).waitFor();
    await app.screenshot('04-password-wrong-current');
    await panel.getByRole('button', { name: fr.ui.common.cancel }).click();

    panel = await account.changePassword(fr.ui.myAccount.loginInfo, labels, DEMO_PASSWORD, 'password1234');
    await panel.getByText(fr.errors.password.common).waitFor();
    await app.screenshot('05-password-weak');
    await panel.getByRole('button', { name: fr.ui.common.cancel }).click();

    await account.changePassword(fr.ui.myAccount.loginInfo, labels, DEMO_PASSWORD, NEW_PASSWORD);
    await app.page.getByRole('status').getByText(fr.ui.myAccount.loginSaved).waitFor();
    await app.screenshot('06-password-changed');
  });

  it('signs out and back in with the new password only', async () => {
    await new ShellPage(app.page).signOut(fr.ui.nav.signOut);
    const signIn = new SignInPage(app.page, fr);
    await signIn.waitUntilShown();
    await signIn.signIn(CLAIRE, DEMO_PASSWORD);
    // The UI keeps the last user's language on the sign-in screen.
    await expect.poll(() => signIn.error.textContent()).toBe(fr.errors.auth.badCredentials);
    await signIn.signIn(CLAIRE, NEW_PASSWORD);
    await new ShellPage(app.page).open(fr.ui.nav.myAccount); // sign-in lands on the Overview
    await new ShellPage(app.page).heading(fr.ui.myAccount.title).waitFor();
  });

  it('shows the password-changed email and the audit entries in Activity', async () => {
    const shell = new ShellPage(app.page);
    await shell.open(fr.ui.nav.activity);
    await app.page.getByRole('cell', { name: fr.ui.audit.user.password.changed }).first().waitFor();
    await app.screenshot('07-activity-audit');
    await app.page.getByRole('tab', { name: fr.ui.activity.outbox }).click();
    await app.page.getByRole('cell', { name: fr.email.passwordChanged.subject }).click();
    await app.page.getByRole('complementary').getByText('Claire Dubois', { exact: false }).first().waitFor();
    await app.screenshot('08-activity-outbox');
  });

  it('does not let an administrator change another user’s name, in the UI or through the api', async () => {
    await new ShellPage(app.page).open(fr.ui.nav.people);
    await app.page.getByRole('table').waitFor();
    await app.page.getByRole('searchbox').fill('Tom');
    await app.page.getByRole('row', { name: /Tom Walker/ }).click();
    const note = app.page.getByRole('note');
    await expect.poll(() => note.textContent()).toBe(fr.errors.users.onlySelfDetails.replace('{{name}}', 'Tom Walker'));
    await app.screenshot('09-people-details');
    expect(await app.page.getByRole('complementary').getByRole('textbox').count()).toBe(0);
    const tomId = [...app.store.tables.users.values()].find((u) => u.firstName === 'Tom')!.id;
    const result = await app.page.evaluate(
      (userId) => window.api!['users.updateDetails']({ userId, firstName: 'Thomas', lastName: 'Walker', email: 'tom.walker@lumen-analytics.example' }),
      tomId,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(app.store.tables.users.get(tomId)?.firstName).toBe('Tom');
    void PeoplePage;
  });
});
