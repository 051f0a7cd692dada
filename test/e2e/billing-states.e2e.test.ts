import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPlan } from '../../core/catalog/catalog.ts';
import en from '../../core/i18n/locales/en.json';
import fr from '../../core/i18n/locales/fr.json';
import it_ from '../../core/i18n/locales/it.json';
import { del, put } from '../../core/model/changes.ts';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { FIXED_NOW } from '../../core/testing/fakes.ts';
import { launchApp, type App } from './harness.ts';
import { CartPage } from './pages/cart.page.ts';
import { ReactivationPage } from './pages/reactivation.page.ts';
import { ShellPage } from './pages/shell.page.ts';
import { SignInPage } from './pages/sign-in.page.ts';
import { signInToMyAccount } from './pages/sign-in-flow.ts';
import { fill } from './pages/strings.ts';
import { SubscriptionsPage } from './pages/subscriptions.page.ts';

const CLAIRE = 'claire.dubois@lumen-analytics.example';
const RS = en.ui.products.remote_support;
const money = (minor: number) => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(minor / 100);

/** The billing views' other states: another language, payment problems, offline accounts, trials, no billing rights. */
describe('Subscriptions and cart states, end to end in Chromium', () => {
  let app: App;
  let subs: SubscriptionsPage;
  let cart: CartPage;
  let shell: ShellPage;
  beforeAll(async () => {
    app = await launchApp();
    subs = new SubscriptionsPage(app.page);
    cart = new CartPage(app.page);
    shell = new ShellPage(app.page);
    await signInToMyAccount(app.page, CLAIRE);
    await shell.open(en.ui.nav.subscriptions);
    await subs.heading.waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('reads in French, amounts and dates included', async () => {
    const claire = [...app.store.tables.users.values()].find((u) => u.email === CLAIRE)!;
    await app.store.commit([put('users', claire.id, { ...claire, language: 'fr' })]);
    await app.page.reload();
    const subsFr = new SubscriptionsPage(app.page, fr);
    await subsFr.heading.waitFor();
    const panel = await subsFr.open('add_seats', fr.ui.products.remote_support);
    await subsFr.typeSeats(panel, fr.ui.subscriptions.panel.seatsToAdd, 3);
    await subsFr.preview(panel).waitFor();
    await panel.getByText(fr.ui.billing.quote.amountDue).waitFor();
    await app.screenshot('19-subscriptions-fr');
    await app.store.commit([put('users', claire.id, claire)]);
    await app.page.reload();
    await subs.heading.waitFor();
  });

  it('says a card is needed when the order needs a payment and none is on file', async () => {
    await app.store.commit([...app.store.tables.cards.keys()].map((id) => del('cards', id)));
    const panel = await subs.open('add_seats', en.ui.products.meetings);
    await subs.preview(panel).waitFor();
    await subs.addToCart(panel);
    await subs.goToCart();
    await cart.placeOrder();
    await cart.alert.getByText(en.errors.billing.cardNeeded).waitFor();
    await app.screenshot('20-card-needed');

    // A card whose charges fail: the order is recorded as failed, with the reason, and the cart stays.
    await app.store.commit([put('cards', 'card_fails', { id: 'card_fails', brand: 'visa', last4: '0341', expMonth: 8, expYear: 2030, holder: 'Claire Dubois', token: 'tok_fail_later_0341_1', isDefault: true, createdAt: FIXED_NOW.toISOString() })]);
    await cart.placeOrder();
    const failed = app.page.getByRole('region', { name: en.ui.orders.confirmation.failedTitle });
    await failed.getByText(en.errors.payment.card_declined, { exact: false }).waitFor();
    await app.screenshot('20a-payment-failed');
    await failed.getByRole('button', { name: en.ui.orders.confirmation.backToCart }).click();
    await cart.line(fill(en.ui.cart.line.add_seats, { product: en.ui.products.meetings, seats: '1 seat' })).getByRole('button').click();
    await cart.checkout.getByText(en.ui.cart.empty).waitFor();
    await app.screenshot('20b-cart-empty');
  });

  it('shows the notice instead of any action on an offline account', async () => {
    const account = app.store.tables.account.get('account')!;
    await app.store.commit([put('account', 'account', { ...account, billingMode: 'offline' })]);
    await app.page.reload();
    await shell.open(en.ui.nav.subscriptions);
    await subs.heading.waitFor();
    await app.page.getByRole('note').getByText(en.ui.billing.offlineNotice).waitFor();
    await subs.card(RS).waitFor();
    expect(await subs.card(RS).getByRole('button').filter({ hasNotText: en.ui.billing.contactSupport }).count()).toBe(0);
    expect(await app.page.getByRole('navigation').getByRole('link', { name: /^Cart/ }).count()).toBe(0);
    await app.screenshot('21-offline-account');
    await app.store.commit([put('account', 'account', account)]);
  });

  it('shows the days left of a trial, then Subscribe now once it ended', async () => {
    const account = app.store.tables.account.get('account')!;
    await app.store.commit([put('account', 'account', { ...account, trialEndsAt: '2026-12-07T10:00:00.000Z' })]);
    await app.page.reload();
    await subs.heading.waitFor();
    await app.page.getByRole('note').getByText(fill(en.ui.subscriptions.trial.active_other, { count: 14, date: '7 December 2026' })).waitFor();
    await app.screenshot('22-trial-days-left');

    // A trial that ended with nothing subscribed: only Subscribe now, which leads to the same cart.
    await app.page.evaluate(() => window.api!['cart.clear']());
    await app.store.commit([put('account', 'account', { ...account, trialEndsAt: '2026-11-20T00:00:00.000Z' }), ...[...app.store.tables.subscriptions.keys()].map((id) => del('subscriptions', id))]);
    await app.page.reload();
    await app.page.getByText(fill(en.ui.subscriptions.trial.ended, { date: '20 November 2026' })).waitFor();
    const panel = await subs.subscribe(en.ui.products.meetings, en.ui.subscriptions.actions.subscribeNow);
    await subs.typeSeats(panel, en.ui.subscriptions.panel.seats, 5);
    await subs.preview(panel).getByRole('cell', { name: money(5 * findPlan('mt_business')!.monthly.EUR), exact: true }).waitFor();
    await app.screenshot('23-trial-ended-subscribe');
    await subs.addToCart(panel);
  });

  it('shows an administrator without billing rights subscriptions and the cart for seats only, no billing information, and the core refuses the rest', async () => {
    await shell.signOut();
    const signIn = new SignInPage(app.page);
    await signIn.waitUntilShown();
    await signIn.signIn('marco.rossi@lumen-analytics.example', DEMO_PASSWORD);
    // Marco lands where Claire left, on Subscriptions & seats: the trial has ended, and subscribing is billing's.
    await shell.heading(it_.ui.subscriptions.title).waitFor();
    await app.page.getByText(fill(it_.ui.subscriptions.trial.ended, { date: '20 novembre 2026' })).waitFor();
    expect(await app.page.getByRole('button', { name: it_.ui.subscriptions.actions.subscribeNow }).count()).toBe(0);
    await app.page.getByRole('note').getByText(it_.errors.billing.seatsOnly).waitFor();
    const nav = app.page.getByRole('navigation');
    await nav.getByRole('link', { name: it_.ui.nav.people }).waitFor();
    // Administrators buy licences (seats), so they have Subscriptions & seats and the cart; billing stays the billing contacts'.
    await nav.getByRole('link', { name: it_.ui.nav.subscriptions }).waitFor();
    await nav.getByRole('link', { name: /^Carrello/ }).waitFor();
    expect(await nav.getByRole('link', { name: it_.ui.nav.billingInfo }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: it_.ui.nav.transactions }).count()).toBe(0);
    const result = await app.page.evaluate(() => window.api!['cart.add']({ change: { kind: 'new_subscription', planId: 'mt_business', interval: 'month', seats: 1 } }));
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await app.screenshot('24-admin-without-billing');
  });
});

/** A cancelled paid account with a pending reactivation request, at 1024 px, in English and French, light and dark. */
describe('Cancelled account banner and reactivation state, at 1024 px', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows the banner and the request's state without overflow (${colorScheme})`, async () => {
      const app = await launchApp({ viewport: { width: 1024, height: 768 }, colorScheme });
      try {
        const account = app.store.tables.account.get('account')!;
        await app.store.commit([put('account', 'account', { ...account, status: 'cancelled', cancelledAt: FIXED_NOW.toISOString(), reactivation: { state: 'in_progress', requestedAt: FIXED_NOW.toISOString() } })]);
        const signIn = new SignInPage(app.page);
        await signIn.waitUntilShown();
        await signIn.signIn(CLAIRE, DEMO_PASSWORD);
        const claire = [...app.store.tables.users.values()].find((u) => u.email === CLAIRE)!;
        for (const strings of [en, fr]) {
          const language = strings === en ? 'en' : 'fr';
          if (strings === fr) {
            await app.store.commit([put('users', claire.id, { ...claire, language: 'fr' })]);
            await app.page.reload();
          }
          const page = new ReactivationPage(app.page, strings);
          await page.banner.getByText(fill(strings.ui.reactivate.bannerRequested, { state: strings.ui.reactivate.states.in_progress })).waitFor();
          expect(await app.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
          await app.screenshot(`60-cancelled-banner-${language}-${colorScheme}`);
          await page.openFromBanner();
          await page.requestState('in_progress').waitFor();
          await app.page.getByRole('button', { name: strings.ui.reactivate.withdraw }).waitFor();
          expect(await app.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
          await app.screenshot(`61-reactivation-state-${language}-${colorScheme}`);
          await new ShellPage(app.page).open(strings.ui.nav.overview);
        }
      } finally {
        await app.close();
      }
    });
  }
});
