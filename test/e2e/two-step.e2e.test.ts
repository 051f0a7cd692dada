/**
 * Two-step sign-in, end to end in Chromium: Claire enrols in My Account (the code computed here from
 * the key the panel shows and the core's fixed clock), signs out, signs in with a code, then in French
 * with a recovery code, and resets a colleague's from People. Screenshots at 1024 px, light and dark.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import accessEn from '../../core/i18n/locales/access/en.json';
import accessFr from '../../core/i18n/locales/access/fr.json';
import fr from '../../core/i18n/locales/fr.json';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { launchApp, type App } from './harness.ts';
import { MyAccountPage } from './pages/my-account.page.ts';
import { ShellPage } from './pages/shell.page.ts';
import { SignInPage } from './pages/sign-in.page.ts';
import { en, fill } from './pages/strings.ts';
import { PeoplePage } from './pages/people.page.ts';
import peopleFr from '../../core/i18n/locales/people/fr.json';
import { put } from '../../core/model/changes.ts';
import { codeAt, TwoStepPage } from './pages/two-step.page.ts';

const CLAIRE = 'claire.dubois@lumen-analytics.example';
const MARCO = 'marco.rossi@lumen-analytics.example';

describe('Two-step sign-in, end to end in Chromium', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1024, height: 700 }, colorScheme: 'light' });
  });
  afterAll(async () => {
    await app?.close();
  });

  const codeNow = (key: string) => codeAt(key, app.clock.now());

  it('enrols in My Account, then signs in with a code, and in French with a recovery code', async () => {
    const { page } = app;
    const shell = new ShellPage(page);
    const twoStepEn = new TwoStepPage(page, accessEn);
    const signIn = new SignInPage(page);
    await signIn.waitUntilShown();
    await signIn.signIn(CLAIRE, DEMO_PASSWORD);
    await shell.open(en.ui.nav.myAccount);

    const key = await twoStepEn.begin();
    expect(key).toMatch(/^[A-Z2-7]{32}$/);
    await app.screenshot('two-step-enrol-en-1024-light');
    const codes = await twoStepEn.confirm(codeNow(key));
    expect(codes).toHaveLength(10);
    // The key is kept sealed: none of the data folder's files holds it (issue 20).
    for (const name of fs.readdirSync(app.dataDir, { recursive: true, encoding: 'utf8' })) {
      const file = path.join(app.dataDir, name);
      if (fs.statSync(file).isFile()) expect([name, fs.readFileSync(file).includes(key)]).toEqual([name, false]);
    }
    await app.screenshot('two-step-codes-en-1024-light');
    await twoStepEn.saved();
    await twoStepEn.panel.getByText(/recovery codes left/).waitFor();

    // Signed out, the password alone leads to the second step; a code of the next step signs in.
    await shell.signOut();
    await signIn.signIn(CLAIRE, DEMO_PASSWORD);
    app.clock.advance(30_000);
    await twoStepEn.secondStep(codeNow(key));
    await page.getByRole('navigation').waitFor();

    // In French, dark: My Account's panel, then the second step with a recovery code.
    await new MyAccountPage(page).changeLanguage(en.ui.languages.fr);
    const twoStepFr = new TwoStepPage(page, accessFr);
    await page.emulateMedia({ colorScheme: 'dark' });
    await twoStepFr.panel.getByText(/codes de secours restants/).waitFor();
    await twoStepFr.panel.scrollIntoViewIfNeeded();
    await app.screenshot('two-step-panel-fr-1024-dark');
    await shell.signOut();
    const signInFr = new SignInPage(page, fr as unknown as typeof en);
    await signInFr.signIn(CLAIRE, DEMO_PASSWORD);
    await twoStepFr.useRecoveryCode();
    await app.screenshot('two-step-recovery-fr-1024-dark');
    await twoStepFr.secondStep(codes[0]!, 'recovery');
    await page.getByRole('navigation').waitFor();

    // The recovery code worked once: a second use is refused.
    await shell.signOut();
    await signInFr.signIn(CLAIRE, DEMO_PASSWORD);
    await twoStepFr.useRecoveryCode();
    await twoStepFr.secondStep(codes[0]!, 'recovery');
    await page.getByText(accessFr.twoStep.errors.wrongRecoveryCode).waitFor();
    expect(await page.getByRole('navigation').count()).toBe(0);

    // People's side panel: Marco lost his phone; Claire resets his two-step sign-in (confirmed, then said).
    await twoStepFr.secondStep(codes[1]!, 'recovery');
    await page.getByRole('navigation').waitFor();
    const marco = [...app.store.tables.users.values()].find((u) => u.email === MARCO)!;
    await app.store.commit([put('users', marco.id, { ...marco, twoStep: { key, enrolledAt: app.clock.now().toISOString(), lastStep: 0, recoveryDigests: [] } })]);
    await shell.open(fr.ui.nav.people);
    const people = new PeoplePage(page, fr as unknown as typeof en, peopleFr);
    await people.openUser('Marco Rossi');
    await people.details.getByRole('button', { name: accessFr.twoStep.ui.reset }).click();
    const dialog = page.getByRole('dialog', { name: fill(accessFr.twoStep.ui.resetTitle, { name: 'Marco Rossi' }) });
    await app.screenshot('two-step-reset-fr-1024-dark');
    await dialog.getByRole('button', { name: accessFr.twoStep.ui.reset }).click();
    await page.getByText(fill(accessFr.twoStep.ui.resetDone, { name: 'Marco Rossi' })).first().waitFor();
    expect(app.store.tables.users.get(marco.id)?.twoStep).toBeUndefined();
    await people.details.getByRole('button', { name: accessFr.twoStep.ui.reset }).waitFor({ state: 'detached' });
  });
});
