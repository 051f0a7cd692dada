import type { Locator, Page } from 'playwright-core';
import { en, fill, type Strings } from './strings.ts';

/** Billing information's credit balance and the Refund credit dialog (core/billing/refunds.ts). */
export class RefundPage {
  readonly cards: Locator;
  readonly dialog: Locator;
  readonly card: Locator;
  readonly amount: Locator;
  readonly alert: Locator;

  constructor(
    readonly page: Page,
    readonly s: Strings = en,
  ) {
    this.cards = page.getByRole('region', { name: s.ui.cards.title });
    this.dialog = page.getByRole('dialog', { name: s.ui.refund.title });
    this.card = this.dialog.getByLabel(s.ui.refund.card);
    this.amount = this.dialog.getByLabel(fill(s.ui.refund.amount, { currency: 'EUR' }));
    this.alert = this.dialog.getByRole('alert');
  }

  /** "Credit balance: €12.00", under the cards. */
  balance(amount: string): Locator {
    return this.cards.getByText(fill(this.s.ui.refund.credit, { amount }), { exact: true });
  }

  async open(): Promise<void> {
    await this.cards.getByRole('button', { name: this.s.ui.refund.open }).click();
    await this.dialog.waitFor();
  }

  /** Types the amount, then confirms with the button that names it ("Refund €12.34"). */
  async refund(amount: string, shown: string): Promise<void> {
    await this.amount.fill(amount);
    await this.dialog.getByRole('button', { name: fill(this.s.ui.refund.confirm, { amount: shown }) }).click();
  }

  /** The notice once the refund is made. */
  done(amount: string, card: string): Locator {
    return this.cards.getByRole('status').filter({ hasText: fill(this.s.ui.refund.done, { amount, card }) });
  }
}
