import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../core/i18n/locales/en.json';
import { del, put } from '../../core/model/changes.ts';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { launchApp, type App } from './harness.ts';
import { CancelAccountDialog, ReactivationPage } from './pages/reactivation.page.ts';
import { ShellPage } from './pages/shell.page.ts';
import { SignInPage } from './pages/sign-in.page.ts';
import { fill } from './pages/strings.ts';
import { SubscriptionsPage } from './pages/subscriptions.page.ts';

const CLAIRE = 'claire.dubois@lumen-analytics.example';
const DAY_MS = 86_400_000;

/** A trial account (no invoice with a positive total) cancelled, then reactivated at once by the password (SPEC §3). */
describe('Trial account: cancel, then reactivate with the password, end to end in Chromium', () => {
  let app: App;
  let shell: ShellPage;
  let signIn: SignInPage;
  let subscriptionIds: string[];
  const trialEndsAt = new Date(Date.UTC(2026, 11, 7, 10)).toISOString();

  beforeAll(async () => {
    app = await launchApp();
    shell = new ShellPage(app.page);
    signIn = new SignInPage(app.page);
    // Before anyone signs in: the demo account becomes a trial, with no invoice or payment yet.
    const { tables } = app.store;
    const account = tables.account.get('account')!;
    expect(Date.parse(trialEndsAt)).toBeGreaterThan(app.clock.now().getTime() + DAY_MS);
    await app.store.commit([
      put('account', 'account', { ...account, trialEndsAt }),
      ...[...tables.invoices.keys()].map((id) => del('invoices', id)),
      ...[...tables.payments.keys()].map((id) => del('payments', id)),
    ]);
    expect(tables.invoices.size).toBe(0);
    expect(tables.payments.size).toBe(0);
    subscriptionIds = [...tables.subscriptions.keys()].sort();
    expect(subscriptionIds.length).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('cancels through the dialog, and the next sign-in reactivates the account at once with the password', async () => {
    await signIn.waitUntilShown();
    await signIn.signIn(CLAIRE, DEMO_PASSWORD);
    await shell.open(en.ui.nav.myAccount); // sign-in lands on the Overview
    await shell.heading(en.ui.myAccount.title).waitFor();

    // The trial as Subscriptions shows it: days left, and the account's subscriptions.
    const subs = new SubscriptionsPage(app.page);
    await shell.open(en.ui.nav.subscriptions);
    await subs.heading.waitFor();
    await app.page.getByRole('note').getByText(fill(en.ui.subscriptions.trial.active_other, { count: 14, date: '7 December 2026' })).waitFor();
    await app.screenshot('50-trial-subscriptions');

    await shell.open(en.ui.nav.myAccount);
    const cancel = new CancelAccountDialog(app.page);
    await cancel.open();
    await cancel.fill('not_using', 'Trial only', DEMO_PASSWORD);
    await app.screenshot('51-trial-cancel-dialog');
    await cancel.confirm();
    await signIn.waitUntilShown();
    expect(app.store.tables.account.get('account')!.status).toBe('cancelled');
    await app.screenshot('52-trial-cancelled-signed-out');

    await signIn.signIn(CLAIRE, DEMO_PASSWORD);
    // The app opens on its records, the banner offering the reactivation.
    const reactivation = new ReactivationPage(app.page);
    await reactivation.banner.getByText(en.ui.reactivate.bannerBody).waitFor();
    await reactivation.openFromBanner();
    await app.page.getByText(en.ui.reactivate.passwordHint).waitFor();
    await app.screenshot('53-trial-reactivation-page');

    await reactivation.submit(DEMO_PASSWORD);
    // A trial is reactivated at once: no request, the banner goes.
    await app.page.getByRole('status').getByText(fill(en.ui.reactivate.reactivated, { account: 'Lumen Analytics SAS' })).waitFor();
    await reactivation.banner.waitFor({ state: 'detached' });
    await shell.open(en.ui.nav.myAccount);
    await shell.heading(en.ui.myAccount.title).waitFor();
    expect(await app.page.getByText(en.ui.reactivate.requestedTitle).count()).toBe(0);
    const session = await app.page.evaluate(() => window.api!['auth.session']());
    if (!session.ok || !session.value) throw new Error('auth.session failed');
    expect(session.value.account.status).toBe('active');
    expect(session.value.account.reactivationState).toBeNull();
    const account = app.store.tables.account.get('account')!;
    expect(account.status).toBe('active');
    expect(account.reactivation).toBeUndefined();
    expect(account.cancelledAt).toBeUndefined();
    await app.screenshot('54-trial-reactivated');

    // The account's subscriptions are all still there, in the store and in the app.
    expect([...app.store.tables.subscriptions.keys()].sort()).toEqual(subscriptionIds);
    const listed = await app.page.evaluate(() => window.api!['subscriptions.list']());
    if (!listed.ok) throw new Error('subscriptions.list failed');
    expect(listed.value.subscriptions.map((s) => s.id).sort()).toEqual(subscriptionIds);
    await shell.open(en.ui.nav.subscriptions);
    await subs.heading.waitFor();
    for (const s of listed.value.subscriptions) await subs.card(en.ui.products[s.productId as keyof typeof en.ui.products]).waitFor();
    await app.screenshot('55-trial-reactivated-subscriptions');
  });
});
