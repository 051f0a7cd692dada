import type { Locator, Page } from 'playwright-core';
import { en, type Strings } from './strings.ts';

/** Cart / checkout, the order confirmation and the Orders tab. */
export class CartPage {
  readonly heading: Locator;
  readonly checkout: Locator;
  readonly quote: Locator;
  readonly placeOrderButton: Locator;
  readonly confirmation: Locator;
  readonly ordersTab: Locator;
  readonly orders: Locator;
  readonly alert: Locator;

  constructor(
    readonly page: Page,
    readonly s: Strings = en,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: s.ui.cart.title });
    this.checkout = page.getByRole('region', { name: s.ui.cart.title, exact: true });
    this.quote = this.checkout.getByRole('table', { name: s.ui.billing.quote.caption });
    this.placeOrderButton = this.checkout.getByRole('button', { name: s.ui.cart.placeOrder });
    this.confirmation = page.getByRole('region', { name: s.ui.orders.confirmation.title });
    this.ordersTab = page.getByRole('tab', { name: s.ui.cart.tabs.orders });
    this.orders = page.getByRole('table', { name: s.ui.orders.title });
    this.alert = this.checkout.getByRole('alert');
  }

  line(text: string): Locator {
    return this.checkout.getByRole('listitem').filter({ hasText: text });
  }

  /** The amount shown beside a total's label (Subtotal, Total due today…). */
  total(label: string): Locator {
    return this.checkout.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
  }

  async placeOrder(): Promise<void> {
    await this.placeOrderButton.click();
  }

  /** Two clicks in a row, as an impatient admin would: still one order. */
  async placeOrderWithDoubleClick(): Promise<void> {
    await this.placeOrderButton.dblclick();
  }

  async invoiceNumber(): Promise<string> {
    const value = this.confirmation.locator('dt', { hasText: this.s.ui.orders.confirmation.invoice }).locator('xpath=following-sibling::dd[1]');
    return (await value.textContent()) ?? '';
  }

  async openOrders(): Promise<void> {
    await this.ordersTab.click();
    await this.orders.waitFor();
  }

  orderRow(invoiceNumber: string): Locator {
    return this.orders.getByRole('row').filter({ hasText: invoiceNumber });
  }
}
