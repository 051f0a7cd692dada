/**
 * Guessing a password is slow and visible, as the admin sees it: after a few wrong passwords the sign-in
 * view says how long to wait (the core's typed `throttled` refusal, translated), the right password is
 * refused until then, and accepted once the core's clock has moved past the wait.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../core/i18n/locales/en.json';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { launchApp, type App } from './harness.ts';
import { SignInPage } from './pages/sign-in.page.ts';

const CLAIRE = 'claire.dubois@lumen-analytics.example';
const WAIT = new RegExp(`^${en.errors.auth.throttled_other.replace('{{count}}', '(\\d+)').replace(/\./g, '\\.')}$|^${en.errors.auth.throttled_one.replace('{{count}}', '(\\d+)').replace(/\./g, '\\.')}$`);

describe('Sign-in throttling, end to end in Chromium', () => {
  let app: App;
  let signIn: SignInPage;
  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1024, height: 700 } });
    signIn = new SignInPage(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('says how long to wait after wrong passwords, refuses the right one until then, and lets it in after', async () => {
    await signIn.waitUntilShown();
    let waitText = '';
    for (let attempt = 1; attempt <= 6 && !waitText; attempt++) {
      await signIn.signIn(CLAIRE, `wrong-guess-${attempt}`);
      await signIn.error.filter({ hasText: /./ }).first().waitFor();
      const text = (await signIn.error.first().innerText()).trim();
      if (WAIT.test(text)) waitText = text;
      else expect(text).toBe(en.errors.auth.badCredentials);
    }
    expect(waitText, 'a wait is announced within six wrong passwords').toMatch(WAIT);
    await app.screenshot('sign-in-throttled-en-1024');

    // The right password, too early: refused with the wait, before any password is checked.
    await signIn.signIn(CLAIRE, DEMO_PASSWORD);
    await app.page.getByRole('alert').filter({ hasText: WAIT }).first().waitFor();
    expect(await app.page.getByRole('navigation').count()).toBe(0);

    // Once the core's clock has passed the wait, the right password signs in.
    const seconds = Number(WAIT.exec(waitText)!.slice(1).find(Boolean));
    app.clock.advance((seconds + 1) * 1000);
    await signIn.signIn(CLAIRE, DEMO_PASSWORD);
    await app.page.getByRole('navigation').waitFor();
  });
});
