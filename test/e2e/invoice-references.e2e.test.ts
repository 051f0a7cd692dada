/**
 * Purchase orders, notes and extra invoice recipients (issue 21), end to end in Chromium at 1024 px:
 * Claire (English, light) sets the account's purchase-order number and an accounting address in Billing
 * info > Invoices; checkout starts from that number; the order's note and number reach the invoice
 * view; the accounting address gets the invoice in French. Hannah (German, dark) sees the same screens.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import de from '../../core/i18n/locales/de.json';
import { launchApp, type App } from './harness.ts';
import { CartPage } from './pages/cart.page.ts';
import { InvoicePage } from './pages/invoice.page.ts';
import { ShellPage } from './pages/shell.page.ts';
import { signInToMyAccount } from './pages/sign-in-flow.ts';
import { en, fill, type Strings } from './pages/strings.ts';

const CLAIRE = 'claire.dubois@lumen-analytics.example';
const HANNAH = 'hannah.becker@lumen-analytics.example';
const VIEWPORT = { width: 1024, height: 900 };

/** Puts one Meetings seat in the signed-in user's cart, as Subscriptions' Add seats does. */
async function seatInCart(app: App): Promise<void> {
  const sub = [...app.store.tables.subscriptions.values()].find((s) => s.planId === 'mt_business')!;
  const added = await app.page.evaluate((id) => window.api!['cart.add']({ change: { kind: 'add_seats', subscriptionId: id, seats: 1 } }), sub.id);
  expect(added.ok).toBe(true);
}

/** The cart's navigation link, whatever count it shows (the cart was filled behind the view's back). */
const cartLink = (s: Strings) => new RegExp(`^${s.ui.nav.cart_other.split(' (')[0]}`, 'u');

function invoicesPanel(app: App, s: Strings) {
  return app.page.getByRole('region', { name: s.ui.invoiceSettings.title });
}

describe('Purchase orders, notes and invoice recipients, in English', () => {
  let app: App;
  let shell: ShellPage;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await launchApp({ viewport: VIEWPORT });
    shell = new ShellPage(app.page);
    app.page.on('pageerror', (e) => pageErrors.push(e.message));
    await signInToMyAccount(app.page, CLAIRE);
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it('Billing info > Invoices: a repeated address is refused in words and nothing is saved; then the number and an accounting address are kept', async () => {
    await shell.open(en.ui.nav.billingInfo);
    const panel = invoicesPanel(app, en);
    await panel.getByText(en.ui.invoiceSettings.noRecipients).waitFor();
    await panel.getByRole('button', { name: fill(en.ui.common.editNamed, { name: en.ui.invoiceSettings.title }) }).click();
    await panel.getByLabel(en.ui.invoiceSettings.purchaseOrder).fill('PO-2027-0042');
    for (const index of [1, 2]) {
      await panel.getByRole('button', { name: en.ui.invoiceSettings.add }).click();
      await panel.getByLabel(fill(en.ui.invoiceSettings.email, { index })).fill('accounting@lumen.example');
    }
    await panel.getByRole('button', { name: en.ui.common.save }).click();
    await panel.getByText(en.errors.invoiceSettings.duplicateRecipient).waitFor();
    expect(app.store.tables.account.get('account')!.invoiceSettings).toBeUndefined();

    await panel.getByRole('button', { name: fill(en.ui.invoiceSettings.removeNamed, { index: 2 }) }).click();
    await panel.getByLabel(en.ui.fields.language).selectOption({ label: en.ui.languages.fr });
    await app.screenshot('po-01-billing-info-invoices-editing-en');
    await panel.getByRole('button', { name: en.ui.common.save }).click();
    await panel.getByText('accounting@lumen.example').waitFor();
    await panel.getByText('PO-2027-0042').waitFor();
    expect(app.store.tables.account.get('account')!.invoiceSettings).toMatchObject({ purchaseOrder: 'PO-2027-0042', recipients: [{ email: 'accounting@lumen.example', language: 'fr' }] });
    await app.screenshot('po-02-billing-info-invoices-en');
  });

  it('checkout starts from the account’s number; the order’s own number and note reach its invoice, and accounting gets it in French', async () => {
    await seatInCart(app);
    await shell.open(cartLink(en));
    const cart = new CartPage(app.page);
    await cart.quote.waitFor();
    const po = cart.checkout.getByLabel(en.ui.cart.references.purchaseOrder);
    expect(await po.inputValue()).toBe('PO-2027-0042');
    await cart.checkout.getByText(en.ui.cart.references.purchaseOrderDefault).waitFor();
    await po.fill('PO-2027-0099');
    await cart.checkout.getByLabel(en.ui.cart.references.note).fill('Budget line 4410 – support team');
    await cart.checkout.getByText(fill(en.ui.cart.references.noteHint_other, { count: 500 - 'Budget line 4410 – support team'.length })).waitFor();
    await app.screenshot('po-03-checkout-references-en');
    await cart.placeOrder();
    await cart.confirmation.waitFor();
    const number = await cart.invoiceNumber();
    expect(number).toMatch(/^INV-/u);

    const invoice = [...app.store.tables.invoices.values()].find((i) => i.number === number)!;
    expect([invoice.purchaseOrder, invoice.note]).toEqual(['PO-2027-0099', 'Budget line 4410 – support team']);
    const invoicePage = new InvoicePage(app.page);
    await invoicePage.openById(invoice.id);
    await invoicePage.waitFor(number);
    const facts = invoicePage.document.locator('dt', { hasText: en.ui.invoice.purchaseOrder }).locator('xpath=following-sibling::dd[1]');
    expect(await facts.textContent()).toBe('PO-2027-0099');
    await invoicePage.document.getByRole('region', { name: en.ui.invoice.note }).getByText('Budget line 4410 – support team').waitFor();
    await app.screenshot('po-04-invoice-with-references-en');

    const sent = [...app.store.tables.outbox.values()].filter((m) => m.to === 'accounting@lumen.example');
    expect(sent.map((m) => [m.template, m.language, m.subject])).toEqual([['invoice_issued', 'fr', `La facture ${number} pour Lumen Analytics SAS`]]);
  });
});

describe('Purchase orders and invoice recipients, in German and dark', () => {
  let app: App;
  let shell: ShellPage;

  beforeAll(async () => {
    app = await launchApp({ viewport: VIEWPORT, colorScheme: 'dark' });
    shell = new ShellPage(app.page);
    await signInToMyAccount(app.page, HANNAH, de);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the Invoices panel and the checkout’s fields in German, nothing cut off', async () => {
    await shell.open(de.ui.nav.billingInfo);
    const panel = invoicesPanel(app, de);
    await panel.getByRole('button', { name: fill(de.ui.common.editNamed, { name: de.ui.invoiceSettings.title }) }).click();
    await panel.getByRole('button', { name: de.ui.invoiceSettings.add }).click();
    await panel.getByLabel(fill(de.ui.invoiceSettings.email, { index: 1 })).fill('buchhaltung@lumen.example');
    await panel.getByLabel(de.ui.invoiceSettings.purchaseOrder).fill('BE-4711');
    await app.screenshot('po-05-billing-info-invoices-editing-de-dark');
    await panel.getByRole('button', { name: de.ui.common.save }).click();
    await panel.getByText('buchhaltung@lumen.example').waitFor();
    await app.screenshot('po-06-billing-info-invoices-de-dark');

    await seatInCart(app);
    await shell.open(cartLink(de));
    const cart = new CartPage(app.page, de);
    await cart.quote.waitFor();
    expect(await cart.checkout.getByLabel(de.ui.cart.references.purchaseOrder).inputValue()).toBe('BE-4711');
    await app.screenshot('po-07-checkout-references-de-dark');
    const cut = await app.page.evaluate(() =>
      [...document.querySelectorAll('.order-references label, .order-references .hint, .recipients label')].filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent),
    );
    expect(cut).toEqual([]);
  });
});
