/**
 * A shared account changes under an open window: the host's `store.changed` event makes the view on
 * screen reload in place, and `store.connection` shows or hides the offline banner. (The events come
 * from the browser bridge here; the PostgreSQL suites send them from a real second writer.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../core/i18n/locales/en.json';
import { put, type Change } from '../../core/model/changes.ts';
import type { User } from '../../core/model/records.ts';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { launchApp, type App } from './harness.ts';
import { ShellPage } from './pages/shell.page.ts';
import { LicencesPage } from './pages/licences.page.ts';
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

  it('keeps an open Add products dialog in step with seats taken and freed on another desktop', async () => {
    const licences = new LicencesPage(app.page);
    const users = () => [...app.store.tables.users.values()];
    const holds = (u: User) => u.products.some((p) => p.productId === 'remote_support');
    const yannick = users().find((u) => u.lastName === 'Moreau')!;
    const dialog = await licences.openFromUserMenu('Yannick Moreau', 'add');
    await licences.tick(dialog, en.ui.products.remote_support);
    const confirm = licences.confirmButton(dialog, 'add');
    await confirm.and(app.page.locator(':enabled')).waitFor();

    // Another desktop gives every free Remote Support seat to others; this desktop takes the commit in.
    const seats = [...app.store.tables.subscriptions.values()].find((s) => s.productId === 'remote_support')!.seats;
    const free = seats - users().filter((u) => u.status === 'active' && holds(u)).length;
    const takers = users().filter((u) => u.status === 'active' && !holds(u) && u.id !== yannick.id).slice(0, free);
    expect(takers.length).toBe(free);
    const give = (u: User, on: boolean): Change => put('users', u.id, { ...u, products: on ? [...u.products, { productId: 'remote_support', features: {}, assignedAt: app.clock.now().toISOString() }] : u.products.filter((p) => p.productId !== 'remote_support') });
    await app.store.commit(takers.map((u) => give(u, true)));
    app.bridge.emit('store.changed', { version: 3 });
    await confirm.and(app.page.locator(':disabled')).waitFor();
    await licences.summarySays(dialog, licences.missing(1));
    await app.screenshot('live-dialog-seat-taken');

    // A seat is freed there: the dialog offers it again without unticking.
    const freed = app.store.tables.users.get(takers[0]!.id)!;
    await app.store.commit([give(freed, false)]);
    app.bridge.emit('store.changed', { version: 4 });
    await confirm.and(app.page.locator(':enabled')).waitFor();

    // Offline, the change is refused and the dialog says so; back online, that error goes by itself.
    app.bridge.emit('store.connection', { online: false });
    await app.page.getByRole('status').filter({ hasText: en.errors.store.offline }).waitFor();
    await app.page.evaluate(() => {
      type Stubbed = Record<string, (input: unknown) => Promise<unknown>>;
      const api = (window as unknown as { api: Stubbed }).api;
      const real = api['licences.apply']!;
      api['licences.apply'] = async () => {
        api['licences.apply'] = real;
        return { ok: false, error: { code: 'unavailable', key: 'errors.store.offlineRefused', message: 'offline' } };
      };
    });
    await confirm.click();
    const refused = dialog.getByRole('alert').filter({ hasText: en.errors.store.offlineRefused });
    await refused.waitFor();
    await app.screenshot('live-dialog-offline');
    app.bridge.emit('store.connection', { online: true });
    await refused.waitFor({ state: 'detached' });
    await confirm.and(app.page.locator(':enabled')).waitFor();
  });
});
