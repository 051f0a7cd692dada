import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../core/i18n/locales/en.json';
import { launchApp, type App } from './harness.ts';
import { CartPage } from './pages/cart.page.ts';
import { ShellPage } from './pages/shell.page.ts';
import { signInToMyAccount } from './pages/sign-in-flow.ts';
import { fill } from './pages/strings.ts';
import { SubscriptionsPage } from './pages/subscriptions.page.ts';

const CLAIRE = 'claire.dubois@lumen-analytics.example';
const RS = en.ui.products.remote_support;
const money = (minor: number) => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(minor / 100);
/** Remote Support in the demo seed: 10 seats of Premium, billed monthly; six users hold a licence. */
const RS_SEATS = 10;
const RS_ASSIGNED = 6;

describe('Subscriptions, seats and the cart, end to end in Chromium', () => {
  let app: App;
  let subs: SubscriptionsPage;
  let cart: CartPage;
  let shell: ShellPage;
  let RS_UNIT: number;
  beforeAll(async () => {
    app = await launchApp();
    RS_UNIT = [...app.store.tables.subscriptions.values()].find((s) => s.productId === 'remote_support')!.unitAmount;
    subs = new SubscriptionsPage(app.page);
    cart = new CartPage(app.page);
    shell = new ShellPage(app.page);
    await signInToMyAccount(app.page, CLAIRE);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows a card per subscription with seats, prices, period and renewal', async () => {
    await shell.open(en.ui.nav.subscriptions);
    await subs.heading.waitFor();
    const card = subs.card(RS);
    await card.getByText(subs.seatsText(RS_SEATS, RS_ASSIGNED)).waitFor();
    await card.getByText(fill(en.ui.billing.perSeat.month, { amount: money(RS_UNIT) })).waitFor();
    await subs.card(en.ui.products.business_phone).getByText(en.ui.products.contact_center, { exact: false }).first().waitFor();
    await app.screenshot('10-subscriptions');
  });

  it('adds 2 seats with a live proration preview, then checks out and places one order on a double click', async () => {
    const panel = await subs.open('add_seats', RS);
    await subs.typeSeats(panel, en.ui.subscriptions.panel.seatsToAdd, 2);
    const preview = subs.preview(panel);
    // The new period charges all 12 seats; the unused part of the current one is credited.
    await preview.getByRole('cell', { name: money(12 * RS_UNIT), exact: true }).waitFor();
    await preview.getByRole('cell', { name: /^-€/ }).waitFor();
    await panel.getByText(en.ui.billing.quote.amountDue).waitFor();
    await app.screenshot('11-add-seats-preview');
    await subs.addToCart(panel);
    await shell.page.getByRole('navigation').getByRole('link', { name: fill(en.ui.nav.cart_one, { count: 1 }) }).waitFor();
    await app.screenshot('12-added-to-cart');

    await subs.goToCart();
    await cart.heading.waitFor();
    await cart.line(fill(en.ui.cart.line.add_seats, { product: RS, seats: '2 seats' })).waitFor();
    const quoted = await app.page.evaluate(() => window.api!['cart.get']());
    if (!quoted.ok || !quoted.value.quote) throw new Error('the cart has no quote');
    const quote = quoted.value.quote;
    const credit = quote.lines.find((l) => l.kind === 'credit')!;
    const charge = quote.lines.find((l) => l.kind === 'charge')!;
    expect(credit.amount).toBeLessThan(0);
    await cart.quote.getByRole('cell', { name: money(credit.amount), exact: true }).waitFor();
    await cart.quote.getByRole('cell', { name: money(charge.amount), exact: true }).waitFor();
    await expect.poll(() => cart.total(en.ui.billing.quote.amountDue).textContent()).toBe(money(quote.amountDue));
    await app.screenshot('13-cart');

    await cart.placeOrderWithDoubleClick();
    await cart.confirmation.waitFor();
    const invoice = await cart.invoiceNumber();
    expect(invoice).toMatch(/^INV-\d{4}-\d{6}$/);
    await cart.confirmation.getByRole('link', { name: en.ui.orders.confirmation.assignLink }).waitFor();
    await app.screenshot('14-order-confirmation');
    const orders = await app.page.evaluate(() => window.api!['orders.list']());
    expect(orders.ok && orders.value.orders.length).toBe(1);

    await cart.openOrders();
    await cart.orderRow(invoice).getByText(en.ui.orders.state.paid).waitFor();
    await app.screenshot('15-orders');
    await shell.open(fill(en.ui.nav.cart_other, { count: 0 }));

    await shell.open(en.ui.nav.subscriptions);
    await subs.card(RS).getByText(subs.seatsText(RS_SEATS + 2, RS_ASSIGNED)).waitFor();
    await app.screenshot('16-subscriptions-after-order');
  });

  it('refuses to remove seats below the licences assigned, naming who holds them', async () => {
    const panel = await subs.open('remove_seats', RS);
    await subs.typeSeats(panel, en.ui.subscriptions.panel.seatsToRemove, RS_SEATS + 2 - RS_ASSIGNED + 1);
    const alert = panel.getByRole('alert');
    await alert.getByText(/Claire Dubois, Jan de Vries, Lucas Bernard, Marco Rossi, Pablo Ruiz, Tom Walker/).waitFor();
    expect(await panel.getByRole('button', { name: en.ui.subscriptions.panel.addToCart }).isDisabled()).toBe(true);
    await app.screenshot('17-remove-seats-refused');
    await panel.getByRole('button', { name: en.ui.common.cancel }).click();
  });

  it('previews a change of billing frequency and an add-on, with Escape closing the panel', async () => {
    const yearly = await subs.open('change_interval', RS);
    await subs.preview(yearly).getByRole('cell', { name: money(12 * RS_UNIT * 10), exact: true }).waitFor();
    await app.screenshot('18a-change-interval-preview');
    await app.page.keyboard.press('Escape');
    await yearly.waitFor({ state: 'detached' });

    const bp = en.ui.products.business_phone;
    const cc = en.ui.products.contact_center;
    await subs.card(bp).getByRole('button', { name: fill(en.ui.subscriptions.actions.add_addon, { addOn: cc }) }).click();
    const addOn = subs.panel('add_addon', bp, cc);
    await subs.typeSeats(addOn, en.ui.subscriptions.panel.seatsToAdd, 2);
    await subs.preview(addOn).waitFor();
    await app.screenshot('18b-add-on-preview');
    await addOn.getByRole('button', { name: en.ui.common.cancel }).click();
  });

  it('turns a lower plan into a downgrade request listed with its state', async () => {
    await subs.requestDowngrade(RS, /^Standard/);
    const row = subs.supportRequests.getByRole('row').filter({ hasText: fill(en.ui.subscriptions.support.downgrade, { product: RS, from: 'Premium', to: 'Standard' }) });
    await row.getByText(en.ui.subscriptions.support.state.open).waitFor();
    await app.screenshot('18-downgrade-requested');
  });
});
