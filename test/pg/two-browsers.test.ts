/**
 * Two browser-mode instances of the app (two cores, two local copies) on one PostgreSQL database,
 * driven in Chromium: seats bought on one appear on the other's open Subscriptions view, without a
 * reload, within 2 seconds (LISTEN/NOTIFY → store.changed → the view reloads in place).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import en from '../../core/i18n/locales/en.json';
import O from '../../core/i18n/locales/overview/en.json';
import palette from '../../core/i18n/locales/palette/en.json';
import type { Api } from '../../core/contract.ts';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { launchApp, type App } from '../e2e/harness.ts';
import { ShellPage } from '../e2e/pages/shell.page.ts';
import { SignInPage } from '../e2e/pages/sign-in.page.ts';
import { SubscriptionsPage } from '../e2e/pages/subscriptions.page.ts';
import { describePg, freshDatabase } from './pg-env.ts';

const CLAIRE = 'claire.dubois@lumen-analytics.example';
const MEETINGS = en.ui.products.meetings;

async function signIn(app: App): Promise<void> {
  const page = new SignInPage(app.page);
  await page.waitUntilShown();
  await page.signIn(CLAIRE, DEMO_PASSWORD);
  await new ShellPage(app.page).heading(O.ui.title).waitFor();
}

describePg('two browser-mode desktops on one database', () => {
  let a: App;
  let b: App;
  beforeAll(async () => {
    // The e2e project builds the renderer; this project may run alone.
    if (!fs.existsSync('out/renderer/index.html')) execFileSync('npx', ['electron-vite', 'build'], { stdio: 'ignore' });
    const url = await freshDatabase('browsers');
    a = await launchApp({ storeUrl: url });
    b = await launchApp({ storeUrl: url });
    // tsx keeps function names; the page has no __name helper.
    await a.page.addInitScript('globalThis.__name = (fn) => fn;');
    await a.page.reload();
    await signIn(a);
    await signIn(b);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('shows on B, within 2 s and without a reload, the seats A just bought', async () => {
    const shell = new ShellPage(b.page);
    await shell.open(en.ui.nav.subscriptions);
    const subs = new SubscriptionsPage(b.page);
    await subs.heading.waitFor();
    const meetings = [...b.store.tables.subscriptions.values()].find((s) => s.productId === 'meetings')!;
    const assigned = [...b.store.tables.users.values()].filter((u) => u.status === 'active' && u.products.some((p) => p.productId === 'meetings')).length;
    await subs.card(MEETINGS).getByText(subs.seatsText(meetings.seats, assigned)).waitFor();

    // A buys 3 seats through its own window (same contract as its UI), then B's open view follows.
    const placed = await a.page.evaluate(async (subscriptionId) => {
      const api = (window as Window & { api?: Api }).api!;
      const added = await api['cart.add']({ change: { kind: 'add_seats', subscriptionId, seats: 3 } });
      if (!added.ok) return added;
      return api['orders.place']({ idempotencyKey: 'two-browsers-order' });
    }, meetings.id);
    expect(placed.ok, JSON.stringify(placed)).toBe(true);
    const started = Date.now();
    await subs.card(MEETINGS).getByText(subs.seatsText(meetings.seats + 3, assigned)).waitFor({ timeout: 2_000 });
    expect(Date.now() - started).toBeLessThan(2_000);
    await b.screenshot('pg-two-browsers-b');
  });

  it('says in About that the account lives in a shared database, named without its password', async () => {
    b.bridge.emit('app.command', { command: 'about' });
    const about = b.page.getByRole('dialog', { name: palette.commands.about });
    await about.getByText(`${palette.store.shared} (${palette.store.online})`).waitFor();
    const location = await about.locator('code').last().textContent();
    expect(location).toMatch(/^postgres:\/\/[^:@/]+@127\.0\.0\.1:\d+\/aa_browsers_/);
    await b.page.screenshot({ path: 'screenshots/pg-about-shared.png' });
    await about.getByRole('button', { name: palette.commands.close }).click();
  });
});
