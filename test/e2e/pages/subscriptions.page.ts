import type { Locator, Page } from 'playwright-core';
import { en, fill, type Strings } from './strings.ts';

type PanelKind = keyof Strings['ui']['subscriptions']['panel']['title'];

/** Subscriptions & seats: a card per subscription, its change panels with the live preview, support requests. */
export class SubscriptionsPage {
  readonly heading: Locator;
  readonly notice: Locator;
  readonly supportRequests: Locator;

  constructor(
    readonly page: Page,
    readonly s: Strings = en,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: s.ui.subscriptions.title });
    this.notice = page.getByRole('status');
    this.supportRequests = page.getByRole('region', { name: s.ui.subscriptions.support.title });
  }

  card(product: string): Locator {
    return this.page.getByRole('region', { name: product, exact: true });
  }

  panel(kind: PanelKind, product: string, addOn = ''): Locator {
    return this.page.getByRole('region', { name: fill(this.s.ui.subscriptions.panel.title[kind], { product, addOn }) });
  }

  seatsText(seats: number, assigned: number): string {
    return fill(this.s.ui.subscriptions.seatsValue, { seats, assigned, free: Math.max(0, seats - assigned) });
  }

  async open(kind: Exclude<PanelKind, 'add_addon' | 'remove_addon' | 'subscribe'>, product: string): Promise<Locator> {
    await this.card(product).getByRole('button', { name: this.s.ui.subscriptions.actions[kind], exact: true }).click();
    const panel = this.panel(kind, product);
    await panel.waitFor();
    return panel;
  }

  /** Subscribe (or Subscribe now) to a product the account does not have yet. */
  async subscribe(product: string, label: string = this.s.ui.subscriptions.actions.subscribe): Promise<Locator> {
    const others = this.page.getByRole('region', { name: this.s.ui.subscriptions.otherProducts });
    await others.getByRole('listitem').filter({ hasText: product }).getByRole('button', { name: label }).click();
    const panel = this.panel('subscribe', product);
    await panel.waitFor();
    return panel;
  }

  /** Types a seat count, as an admin would; the preview follows. */
  async typeSeats(panel: Locator, label: string, seats: number): Promise<void> {
    const input = panel.getByLabel(label, { exact: true });
    await input.fill('');
    await input.pressSequentially(String(seats));
  }

  preview(panel: Locator): Locator {
    return panel.getByRole('table', { name: this.s.ui.billing.quote.caption });
  }

  async addToCart(panel: Locator): Promise<void> {
    await panel.getByRole('button', { name: this.s.ui.subscriptions.panel.addToCart }).click();
    await this.notice.getByText(this.s.ui.subscriptions.added).waitFor();
  }

  async goToCart(): Promise<void> {
    await this.notice.getByRole('button', { name: this.s.ui.subscriptions.goToCart }).click();
  }

  async requestDowngrade(product: string, planLabel: RegExp): Promise<void> {
    const panel = await this.open('change_plan', product);
    const select = panel.getByLabel(this.s.ui.subscriptions.panel.plan);
    const value = await select.locator('option', { hasText: planLabel }).getAttribute('value');
    await select.selectOption(value!);
    await panel.getByRole('button', { name: this.s.ui.subscriptions.panel.requestDowngrade }).click();
    await this.notice.getByText(this.s.ui.subscriptions.support.sent).waitFor();
  }
}
