import type { Locator, Page } from 'playwright-core';
import { en, fill, type Strings } from './strings.ts';

export interface TestCard {
  number: string;
  month: string;
  year: string;
  cvc: string;
  holder: string;
}

/** The add-card form, wherever it is shown (Billing information, the pending payments dialog). */
export class CardForm {
  readonly number: Locator;
  readonly cvc: Locator;

  constructor(
    readonly root: Locator,
    readonly s: Strings = en,
  ) {
    this.number = root.getByLabel(s.ui.cards.form.number);
    this.cvc = root.getByLabel(s.ui.cards.form.cvc);
  }

  /** Types the number key by key, as the admin would; live checks follow. */
  async typeNumber(number: string): Promise<void> {
    await this.number.fill('');
    await this.number.pressSequentially(number);
  }

  async fill(card: Partial<TestCard>): Promise<void> {
    if (card.number !== undefined) await this.typeNumber(card.number);
    if (card.month) await this.root.getByLabel(this.s.ui.cards.form.expMonth).selectOption(card.month);
    if (card.year) await this.root.getByLabel(this.s.ui.cards.form.expYear).selectOption(card.year);
    if (card.cvc !== undefined) await this.cvc.fill(card.cvc);
    if (card.holder !== undefined) await this.root.getByLabel(this.s.ui.cards.form.holder).fill(card.holder);
  }

  /** Leaves the field that has focus, as tabbing away does. */
  async leaveField(): Promise<void> {
    await this.root.page().keyboard.press('Tab');
  }

  error(text: string): Locator {
    return this.root.locator('.field .error', { hasText: text });
  }

  async submit(label: string = this.s.ui.cards.form.submit): Promise<void> {
    await this.root.getByRole('button', { name: label }).click();
  }
}

/** Billing information: the address with VAT number and tax treatment, and the cards on file. */
export class BillingInfoPage {
  readonly heading: Locator;
  readonly address: Locator;
  readonly cards: Locator;
  readonly cardForm: CardForm;
  readonly notice: Locator;

  constructor(
    readonly page: Page,
    readonly s: Strings = en,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: s.ui.billingInfo.title });
    this.address = page.getByRole('region', { name: s.ui.billingInfo.address });
    this.cards = page.getByRole('region', { name: s.ui.cards.title });
    this.cardForm = new CardForm(this.cards.getByRole('form', { name: s.ui.cards.form.title }), s);
    this.notice = page.getByRole('status');
  }

  async openAddCard(): Promise<CardForm> {
    await this.cards.getByRole('button', { name: this.s.ui.cards.add }).click();
    await this.cardForm.root.waitFor();
    return this.cardForm;
  }

  /** A card in the list, by what it shows: "Visa •••• 4242" and the holder's name. */
  card(brand: string, last4: string, holder: string): Locator {
    return this.cards.getByRole('listitem', { name: `${this.cardName(brand, last4)}, ${holder}` });
  }

  cardName(brand: string, last4: string): string {
    return fill(this.s.ui.cards.name, { brand, last4 });
  }

  async makeDefault(brand: string, last4: string, holder: string): Promise<void> {
    const name = fill(this.s.ui.cards.makeDefaultNamed, { name: this.cardName(brand, last4) });
    await this.card(brand, last4, holder).getByRole('button', { name }).click();
  }

  async remove(brand: string, last4: string, holder: string): Promise<void> {
    const name = fill(this.s.ui.cards.removeNamed, { name: this.cardName(brand, last4) });
    await this.card(brand, last4, holder).getByRole('button', { name }).click();
  }

  /** Edit on a card on file: its expiry and the name on it. */
  async editCard(brand: string, last4: string, holder: string, change: { month?: string; year?: string; holder?: string }): Promise<Locator> {
    const name = this.cardName(brand, last4);
    await this.card(brand, last4, holder).getByRole('button', { name: fill(this.s.ui.cards.edit.named, { name }) }).click();
    const form = this.cards.getByRole('form', { name: fill(this.s.ui.cards.edit.title, { name }) });
    if (change.month) await form.getByLabel(this.s.ui.cards.form.expMonth).selectOption(change.month);
    if (change.year) await form.getByLabel(this.s.ui.cards.form.expYear).selectOption(change.year);
    if (change.holder !== undefined) await form.getByLabel(this.s.ui.cards.form.holder).fill(change.holder);
    return form;
  }

  async saveCard(form: Locator): Promise<void> {
    await form.getByRole('button', { name: this.s.ui.common.save }).click();
  }

  /** The dialog that asks before a change of tax treatment. */
  get taxChangeDialog(): Locator {
    return this.page.getByRole('dialog', { name: this.s.ui.billingInfo.taxChange.title });
  }

  async confirmTaxChange(): Promise<void> {
    await this.taxChangeDialog.getByRole('button', { name: this.s.ui.billingInfo.taxChange.confirm }).click();
  }

  async editAddress(): Promise<void> {
    await this.address.getByRole('button', { name: this.s.ui.common.edit }).click();
    await this.countryBox.waitFor();
  }

  /** The country: a combo box that filters its list as one types. */
  get countryBox(): Locator {
    return this.address.getByRole('combobox', { name: this.s.ui.billingInfo.fields.country, exact: true });
  }

  /** The countries the combo box offers now (its list is laid over the page, outside the form). */
  countryOptions(name?: string): Locator {
    return this.page.getByRole('listbox', { name: this.s.ui.billingInfo.fields.country }).getByRole('option', name ? { name, exact: true } : {});
  }

  /** Empties the country and leaves the field (its list, open while one types, closes). */
  async clearCountry(): Promise<void> {
    await this.countryBox.fill('');
    await this.countryBox.press('Tab');
  }

  async typeCountry(text: string): Promise<void> {
    await this.countryBox.fill('');
    await this.countryBox.pressSequentially(text);
  }

  get vatField(): Locator {
    return this.address.getByLabel(fill(this.s.ui.billingInfo.optional, { label: this.s.ui.billingInfo.fields.vatNumber }));
  }

  field(label: string): Locator {
    return this.address.getByLabel(label, { exact: true });
  }

  async chooseCountry(name: string): Promise<void> {
    await this.typeCountry(name);
    await this.countryOptions(name).click();
  }

  async saveAddress(): Promise<void> {
    await this.address.getByRole('button', { name: this.s.ui.common.save }).click();
  }

  fieldError(text: string): Locator {
    return this.address.locator('.field .error', { hasText: text });
  }

  /** What the address panel says about tax once saved. */
  taxTreatment(text: string): Locator {
    return this.address.locator('.tax-treatment', { hasText: text });
  }
}

/** The pending payments dialog shown after sign-in. */
export class PendingDialog {
  readonly dialog: Locator;
  readonly alert: Locator;
  readonly cardForm: CardForm;

  constructor(
    readonly page: Page,
    readonly s: Strings = en,
  ) {
    this.dialog = page.getByRole('dialog', { name: s.ui.pending.title });
    this.alert = this.dialog.getByRole('alert');
    this.cardForm = new CardForm(this.dialog.getByRole('form', { name: s.ui.cards.form.title }), s);
  }

  invoice(number: string): Locator {
    return this.dialog.getByRole('row').filter({ hasText: number });
  }

  /** A card on file to pay with, by its name ("Mastercard •••• 4444"). */
  cardChoice(name: string): Locator {
    return this.dialog.getByRole('radio', { name });
  }

  async applyPendingCharges(): Promise<void> {
    await this.dialog.getByRole('button', { name: this.s.ui.pending.apply }).click();
  }

  /** Use a new card: the add-card form opens inside the dialog. */
  async openNewCard(): Promise<CardForm> {
    await this.dialog.getByRole('button', { name: this.s.ui.pending.useNewCard }).click();
    await this.cardForm.root.waitFor();
    return this.cardForm;
  }

  async addCardAndApply(card: TestCard): Promise<void> {
    await this.cardForm.fill(card);
    await this.cardForm.submit(this.s.ui.pending.addAndApply);
  }
}
