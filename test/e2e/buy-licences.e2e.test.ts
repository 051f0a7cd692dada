/**
 * Buying licences without billing rights (SPEC §1, §5), end to end in Chromium: Jan, a licence
 * manager (custom role with Manage licences, Dutch UI), buys Remote Support seats from Products and
 * checks out, seeing only the add-seats actions; Tom, a plain user, gets the reason and a refusal.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import en from '../../core/i18n/locales/en.json';
import nl from '../../core/i18n/locales/nl.json';
import L from '../../core/i18n/locales/licences/en.json';
import Lnl from '../../core/i18n/locales/licences/nl.json';
import { put } from '../../core/model/changes.ts';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { launchApp, type App } from './harness.ts';
import { CartPage } from './pages/cart.page.ts';
import { ProductsPage } from './pages/products.page.ts';
import { ShellPage } from './pages/shell.page.ts';
import { SignInPage } from './pages/sign-in.page.ts';
import { signInToMyAccount } from './pages/sign-in-flow.ts';
import { fill } from './pages/strings.ts';
import { SubscriptionsPage } from './pages/subscriptions.page.ts';
import { shownTexts } from './pages/texts.ts';

const JAN = 'jan.devries@lumen-analytics.example';
const TOM = 'tom.walker@lumen-analytics.example';
const RS = nl.ui.products.remote_support;
const PHONE = nl.ui.products.business_phone;

describe('Adding licences as a licence manager, end to end in Chromium', () => {
  let app: App;
  let shell: ShellPage;
  const pageErrors: string[] = [];
  const subscription = (productId: string) => [...app.store.tables.subscriptions.values()].find((s) => s.productId === productId)!;
  const nav = () => app.page.getByRole('navigation');

  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1280, height: 900 } });
    shell = new ShellPage(app.page);
    app.page.on('pageerror', (e) => pageErrors.push(e.message));
    await signInToMyAccount(app.page, JAN, nl);
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it('shows Subscriptions & seats and the cart in the navigation, but no billing information', async () => {
    await nav().getByRole('link', { name: nl.ui.nav.subscriptions }).waitFor();
    await nav().getByRole('link', { name: fill(nl.ui.nav.cart_other, { count: 0 }) }).waitFor();
    expect(await nav().getByRole('link', { name: nl.ui.nav.billingInfo }).count()).toBe(0);
    expect(await nav().getByRole('link', { name: nl.ui.nav.transactions }).count()).toBe(0);
  });

  it('Products → Add licences on Remote Support → 2 seats → checkout: the order is paid and the seats go up', async () => {
    const seatsBefore = subscription('remote_support').seats;
    await shell.open(nl.ui.nav.products);
    const products = new ProductsPage(app.page, nl, Lnl);
    await products.heading.waitFor();
    await products.addLicences(PHONE).waitFor();
    await products.addLicences(nl.ui.products.contact_center).waitFor();
    await app.screenshot('buy-licences-00-jan-products');
    await products.addLicences(RS).click();

    // Remote Support's subscription opens on adding seats; only seat additions are offered, with why.
    const subs = new SubscriptionsPage(app.page, nl);
    const panel = subs.panel('add_seats', RS);
    await panel.waitFor();
    const card = subs.card(RS);
    await card.getByRole('note').getByText(nl.ui.subscriptions.seatsOnlyNote).waitFor();
    const actions = card.getByRole('group', { name: fill(nl.ui.subscriptions.actionsLabel, { product: RS }) });
    expect(await shownTexts(actions.getByRole('button'))).toEqual([nl.ui.subscriptions.actions.add_seats]);
    const phoneActions = subs.card(PHONE).getByRole('group', { name: fill(nl.ui.subscriptions.actionsLabel, { product: PHONE }) });
    expect(await shownTexts(phoneActions.getByRole('button'))).toEqual([nl.ui.subscriptions.actions.add_seats, fill(nl.ui.subscriptions.actions.add_addon, { addOn: nl.ui.products.contact_center })]);
    expect(await subs.supportRequests.count()).toBe(0);

    await subs.typeSeats(panel, nl.ui.subscriptions.panel.seatsToAdd, 2);
    await subs.preview(panel).waitFor();
    await panel.getByText(nl.ui.billing.quote.amountDue).waitFor();
    await app.screenshot('buy-licences-01-jan-subscriptions');
    await subs.addToCart(panel);
    await subs.goToCart();

    const cart = new CartPage(app.page, nl);
    await cart.heading.waitFor();
    await cart.line(fill(nl.ui.cart.line.add_seats, { product: RS, seats: fill(nl.ui.billing.seatCount_other, { count: 2 }) })).waitFor();
    await cart.quote.waitFor();
    await app.screenshot('buy-licences-02-jan-cart');
    await cart.placeOrder();
    await cart.confirmation.waitFor();
    await app.screenshot('buy-licences-03-jan-order-placed');

    const order = [...app.store.tables.orders.values()].at(-1)!;
    expect(order).toMatchObject({ status: 'paid', placedBy: [...app.store.tables.users.values()].find((u) => u.email === JAN)!.id });
    expect(subscription('remote_support').seats).toBe(seatsBefore + 2);
  });

  it('a plain user has no cart and the core refuses one; as a billing viewer, Products gives the reason instead of Add licences', async () => {
    await shell.signOut(nl.ui.nav.signOut);
    // The sign-in page stays in the language of whoever just left.
    const signIn = new SignInPage(app.page, nl);
    await signIn.waitUntilShown();
    await signIn.signIn(TOM, DEMO_PASSWORD);
    await shell.open(en.ui.nav.myAccount); // sign-in lands on the Overview
    await shell.heading(en.ui.myAccount.title).waitFor();
    await nav().getByRole('link', { name: en.ui.nav.activity }).waitFor();
    for (const link of [en.ui.nav.products, en.ui.nav.subscriptions, /^Cart/]) expect(await nav().getByRole('link', { name: link }).count()).toBe(0);
    const subscriptionId = subscription('remote_support').id;
    const addSeat = (id: string) => window.api!['cart.add']({ change: { kind: 'add_seats', subscriptionId: id, seats: 1 } });
    expect(await app.page.evaluate(addSeat, subscriptionId)).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    // With a role that may view billing (not manage licences), Products shows, and why Add licences is absent.
    const tom = [...app.store.tables.users.values()].find((u) => u.email === TOM)!;
    const role = { id: 'role_billing_viewer', name: 'Billing viewer', permissions: ['view_billing' as const] };
    await app.store.commit([put('roles', role.id, role), put('users', tom.id, { ...tom, customRoleId: role.id })]);
    await app.page.reload();
    await shell.open(en.ui.nav.products);
    const products = new ProductsPage(app.page);
    await products.heading.waitFor();
    await products.row(en.ui.products.remote_support).getByText(en.errors.licences.addNeedsPermission).waitFor();
    expect(await products.table.getByRole('button', { name: L.products.addLicences, exact: false }).count()).toBe(0);
    await app.screenshot('buy-licences-04-tom-products');
    expect(await nav().getByRole('link', { name: /^Cart/ }).count()).toBe(0);
    expect(await app.page.evaluate(addSeat, subscriptionId)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
