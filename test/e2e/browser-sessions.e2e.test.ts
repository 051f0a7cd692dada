/**
 * Browser mode: a URL is not a password. Each browser gets its own session only through a one-time
 * sign-in link; the base URL alone opens nothing, and signing in in one browser signs in no other.
 */
import type { ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../core/i18n/locales/en.json';
import fr from '../../core/i18n/locales/fr.json';
import { CODE_TTL_MS } from '../../core/auth/client-sessions.ts';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { openInBrowser } from '../../electron/browser/start.ts';
import { launchApp, type App } from './harness.ts';
import { ShellPage } from './pages/shell.page.ts';
import { SignInPage } from './pages/sign-in.page.ts';

const CLAIRE = 'claire.dubois@lumen-analytics.example';

describe('browser mode: one session per browser, opened by a one-time link', () => {
  let app: App;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const freshContext = async (locale = 'en-GB') => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 700 }, locale });
    // A fresh context starts cold (no cached bundle): on a busy machine its first paint takes a while.
    context.setDefaultTimeout(30_000);
    contexts.push(context);
    return context.newPage();
  };

  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1024, height: 700 } });
    browser = app.page.context().browser()!;
    // The harness's own browser opened its link: it shows the sign-in form. Claire signs in there.
    const signIn = new SignInPage(app.page);
    await signIn.waitUntilShown();
    await signIn.signIn(CLAIRE, DEMO_PASSWORD);
    await new ShellPage(app.page).open(en.ui.nav.myAccount);
    await new ShellPage(app.page).heading(en.ui.myAccount.title).waitFor();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await app?.close();
  });

  it('a second browser opening the same base URL is not signed in, and says how to connect', async () => {
    const page = await freshContext();
    const response = await page.goto(app.url);
    expect(response?.status()).toBe(401);
    await expect.poll(() => page.getByRole('alert').textContent()).toBe(en.errors.browser.notConnected);
    expect(await page.content()).not.toContain('Claire');
    // Nor can it call in from a page of its own origin without the cookie.
    const result = await page.evaluate(() => fetch('/api/me.get', { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'null' }).then((r) => r.json()));
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    await page.screenshot({ path: 'screenshots/browser-not-connected.png' });
  });

  it('signing in in one browser signs in no other: each link opens its own signed-out session', async () => {
    const page = await freshContext();
    await page.goto(app.bridge.signInUrl());
    await page.waitForURL(app.url);
    await new SignInPage(page).waitUntilShown();
    // Claire is still signed in in the first browser.
    await page.reload();
    await new SignInPage(page).waitUntilShown();
    await new ShellPage(app.page).heading(en.ui.myAccount.title).waitFor();
    await app.page.reload();
    await new ShellPage(app.page).heading(en.ui.myAccount.title).waitFor();
  });

  it('a link used once, or opened after its minute, is refused with a clear page in the browser’s language', async () => {
    const link = app.bridge.signInUrl();
    const first = await freshContext();
    await first.goto(link);
    await new SignInPage(first).waitUntilShown();

    const reuse = await freshContext('fr-FR');
    const reused = await reuse.goto(link);
    expect(reused?.status()).toBe(403);
    await expect.poll(() => reuse.getByRole('alert').textContent()).toBe(fr.errors.browser.linkRefused);
    await reuse.screenshot({ path: 'screenshots/browser-link-refused-fr.png' });

    const late = app.bridge.signInUrl();
    app.clock.advance(CODE_TTL_MS);
    const expire = await freshContext();
    const expired = await expire.goto(late);
    expect(expired?.status()).toBe(403);
    await expect.poll(() => expire.getByRole('alert').textContent()).toBe(en.errors.browser.linkRefused);
    expect((await expire.context().cookies()).length).toBe(0);
  });

  it('the page npm start opens (a private file forwarding to the link) connects the browser', async () => {
    const fakeOpener = () => Object.assign(new EventEmitter(), { unref: () => undefined }) as unknown as ChildProcess;
    const opened = openInBrowser(app.bridge.signInUrl(), { spawn: fakeOpener as never });
    try {
      const page = await freshContext();
      await page.goto(`file://${opened.file}`);
      await new SignInPage(page).waitUntilShown();
      expect(page.url()).toBe(app.url);
      // The cookie works for the page's own calls (it came from a cross-site navigation).
      const status = await page.evaluate(() => fetch('/api/app.status', { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'null' }).then((r) => r.status));
      expect(status).toBe(200);
    } finally {
      opened.remove();
    }
  });
});
