/**
 * A shared account changes under an open window: the host's `store.changed` event makes the view on
 * screen reload in place, and `store.connection` shows or hides the offline banner. (The events come
 * from the browser bridge here; the PostgreSQL suites send them from a real second writer.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../core/i18n/locales/en.json';
import { put } from '../../core/model/changes.ts';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { launchApp, type App } from './harness.ts';
import { ShellPage } from './pages/shell.page.ts';
import { SignInPage } from './pages/sign-in.page.ts';

const CLAIRE = 'claire.dubois@lumen-analytics.example';

describe('Views follow changes made on another desktop', () => {
  let app: App;
  let shell: ShellPage;
  beforeAll(async () => {
    app = await launchApp();
    shell = new ShellPage(app.page);
    const signIn = new SignInPage(app.page);
    await signIn.waitUntilShown();
    await signIn.signIn(CLAIRE, DEMO_PASSWORD);
    await shell.open(en.ui.nav.people);
    await shell.heading(en.ui.people.title).waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('reloads the People table in place when the account changed elsewhere, keeping the search', async () => {
    const search = app.page.getByRole('searchbox').first();
    await search.fill('becker');
    await app.page.getByRole('row').filter({ hasText: 'Hannah Becker' }).first().waitFor();
    const hannah = [...app.store.tables.users.values()].find((u) => u.lastName === 'Becker')!;
    // What another desktop's commit looks like once this one has taken it in.
    await app.store.commit([put('users', hannah.id, { ...hannah, lastName: 'Becker-Wolf' })]);
    expect(app.bridge.emit('store.changed', { version: 2 })).toBe(true);
    await app.page.getByRole('row').filter({ hasText: 'Hannah Becker-Wolf' }).first().waitFor();
    await expect(search.inputValue()).resolves.toBe('becker');
    await app.screenshot('live-people-reloaded');
  });

  it('says the account is read-only while the shared database is unreachable, and stops saying it when it is back', async () => {
    const banner = app.page.getByRole('status').filter({ hasText: en.errors.store.offline });
    app.bridge.emit('store.connection', { online: false });
    await banner.waitFor();
    await app.screenshot('live-offline');
    app.bridge.emit('store.connection', { online: true });
    await banner.waitFor({ state: 'detached' });
  });
});
