import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../core/i18n/locales/en.json';
import ov from '../../core/i18n/locales/overview/en.json';
import { put } from '../../core/model/changes.ts';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { launchApp, SCREENSHOTS, type App } from './harness.ts';
import { ActivityPage } from './pages/activity.page.ts';
import { InvoicePage } from './pages/invoice.page.ts';
import { TransactionsPage } from './pages/transactions.page.ts';
import { pdfText, renderPdf } from './pdf.ts';
import { BillingInfoPage, PendingDialog, type TestCard } from './pages/billing-info.page.ts';
import { CancelAccountDialog, ReactivationPage } from './pages/reactivation.page.ts';
import { ShellPage } from './pages/shell.page.ts';
import { SignInPage } from './pages/sign-in.page.ts';
import { fill } from './pages/strings.ts';
import { SubscriptionsPage } from './pages/subscriptions.page.ts';
import { shownTexts } from './pages/texts.ts';

const CLAIRE = 'claire.dubois@lumen-analytics.example';
const TOM = 'tom.walker@lumen-analytics.example';
const DAY_MS = 86_400_000;
const money = (minor: number) => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(minor / 100);
const card = (number: string): TestCard => ({ number, month: '12', year: '2030', cvc: '123', holder: 'C. Dubois' });

/** Billing information, cards, pending payments, cancellation and reactivation (SPEC §3). */
describe('Billing information, end to end in Chromium', () => {
  let app: App;
  let billing: BillingInfoPage;
  let shell: ShellPage;
  let signIn: SignInPage;

  async function signInAs(email: string): Promise<void> {
    await signIn.waitUntilShown();
    await signIn.signIn(email, DEMO_PASSWORD);
  }

  beforeAll(async () => {
    app = await launchApp();
    billing = new BillingInfoPage(app.page);
    shell = new ShellPage(app.page);
    signIn = new SignInPage(app.page);
    await signInAs(CLAIRE);
    await shell.open(en.ui.nav.myAccount); // sign-in lands on the Overview
    await shell.heading(en.ui.myAccount.title).waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('checks a card as it is typed, shows the decline reason, then lists the card added', async () => {
    await shell.open(en.ui.nav.billingInfo);
    await billing.heading.waitFor();
    await billing.card('Visa', '4242', 'Claire Dubois').getByText(en.ui.cards.default).waitFor();
    await app.screenshot('30-billing-info');

    const form = await billing.openAddCard();
    await form.typeNumber('4242 4242 4242 4241');
    await form.leaveField();
    await form.error(en.errors.card.number).waitFor();
    await app.screenshot('31-card-live-error');
    // An American Express card needs a 4-digit code: said before anything is sent.
    await form.fill({ number: '3782 822463 10005', cvc: '123' });
    await form.leaveField();
    await form.error(fill(en.errors.card.cvc, { size: 4 })).waitFor();
    expect(await form.error(en.errors.card.number).count()).toBe(0);
    expect(app.store.tables.cards.size).toBe(1);
    await app.screenshot('31a-card-live-amex-code');

    await form.fill(card('4000 0000 0000 0010'));
    await form.submit();
    await billing.cards.getByRole('alert').getByText(en.errors.payment.avs_failed).waitFor();
    expect(en.errors.payment.avs_failed).toContain('outside the US');
    expect(await form.number.inputValue()).toBe('');
    expect(await form.cvc.inputValue()).toBe('');
    await app.screenshot('32-card-avs-failed');

    // The number already on file (the gateway's fingerprint): no second card, and the notice says so.
    await form.fill({ number: '4242 4242 4242 4242', cvc: '123' });
    await form.submit();
    await billing.notice.getByText(fill(en.ui.cards.alreadyOnFile, { brand: 'Visa', last4: '4242' })).waitFor();
    expect(await form.root.count()).toBe(0);
    expect(app.store.tables.cards.size).toBe(1);
    expect(await billing.cards.getByRole('listitem').count()).toBe(1);
    await app.screenshot('33-card-already-on-file');

    await billing.openAddCard();
    await form.fill({ ...card('5555 5555 5555 4444'), holder: 'C. Dubois' });
    await form.submit();
    await billing.card('Mastercard', '4444', 'C. Dubois').waitFor();
    await billing.notice.getByText(fill(en.ui.cards.added, { brand: 'Mastercard', last4: '4444' })).waitFor();
    await app.screenshot('33a-card-added');

    await billing.makeDefault('Mastercard', '4444', 'C. Dubois');
    await billing.card('Mastercard', '4444', 'C. Dubois').getByText(en.ui.cards.default).waitFor();
    await billing.makeDefault('Visa', '4242', 'Claire Dubois');
    await billing.openAddCard();
    await form.fill({ ...card('3782 822463 10005'), cvc: '1234' });
    await form.submit();
    await billing.remove('American Express', '0005', 'C. Dubois');
    await billing.card('American Express', '0005', 'C. Dubois').waitFor({ state: 'detached' });
    expect(app.store.tables.cards.size).toBe(2);

    // Edit a card on file (as the vendor's "Modify credit card"): expiry and holder, no new card.
    const edit = await billing.editCard('Visa', '4242', 'Claire Dubois', { month: '11', year: '2031', holder: '' });
    await billing.saveCard(edit);
    await edit.locator('.field .error', { hasText: en.errors.field.required }).waitFor();
    await app.screenshot('33b-card-edit');
    await edit.getByLabel(en.ui.cards.form.holder).fill('Claire M. Dubois');
    await billing.saveCard(edit);
    await billing.card('Visa', '4242', 'Claire M. Dubois').getByText(fill(en.ui.cards.expires, { month: '11', year: '2031' })).waitFor();
    await billing.notice.getByText(fill(en.ui.cards.updated, { brand: 'Visa', last4: '4242' })).waitFor();
    expect(app.store.tables.cards.get('card_demo')).toMatchObject({ expMonth: 11, expYear: 2031, holder: 'Claire M. Dubois' });
    expect(app.store.tables.cards.size).toBe(2);
  });

  it('shows the core field errors, then reverse charge for a German VAT number, also in a Subscriptions preview', async () => {
    await billing.editAddress();
    // No country: the core's error is shown under the combo box, which says it is invalid.
    await billing.clearCountry();
    await billing.saveAddress();
    await billing.fieldError(en.errors.address.country).waitFor();
    expect(await billing.countryBox.getAttribute('aria-invalid')).toBe('true');
    await billing.chooseCountry('Germany');
    await billing.vatField.fill('DE136695977');
    await billing.field(en.ui.billingInfo.fields.city).fill('');
    await billing.saveAddress();
    await billing.fieldError(en.errors.vat.checksum).waitFor();
    await billing.fieldError(en.errors.field.required).waitFor();
    await app.screenshot('34-address-field-errors');

    await billing.field(en.ui.billingInfo.fields.line1).fill('Friedrichstraße 68');
    await billing.field(en.ui.billingInfo.fields.city).fill('Berlin');
    await billing.field(en.ui.billingInfo.fields.postalCode).fill('10117');
    await billing.vatField.fill('DE136695976');
    await billing.saveAddress();
    await billing.taxTreatment(fill(en.ui.billingInfo.tax.reverse_charge, { rate: '0%' })).waitFor();
    await billing.address.getByText(en.tax.reverseCharge).waitFor();
    await billing.address.getByText('DE136695976').waitFor();
    await app.screenshot('35-reverse-charge');

    const subs = new SubscriptionsPage(app.page);
    await shell.open(en.ui.nav.subscriptions);
    const panel = await subs.open('add_seats', en.ui.products.remote_support);
    await subs.typeSeats(panel, en.ui.subscriptions.panel.seatsToAdd, 1);
    await subs.preview(panel).waitFor();
    await panel.getByText(en.tax.reverseCharge).waitFor();
    await app.screenshot('36-subscriptions-reverse-charge');
    await panel.getByRole('button', { name: en.ui.common.cancel }).click();
  });

  it('drops the VAT number field for a country outside the EU', async () => {
    await shell.open(en.ui.nav.billingInfo);
    await billing.editAddress();
    await billing.vatField.waitFor();
    // The country list filters as one types, ignoring case; a click picks one.
    await billing.typeCountry('united');
    await expect.poll(() => shownTexts(billing.countryOptions())).toEqual(['United Arab Emirates', 'United Kingdom', 'United States']);
    await billing.typeCountry('allemagne');
    await billing.countryOptions().first().waitFor({ state: 'detached' });
    await billing.chooseCountry('United States');
    expect(await billing.countryBox.inputValue()).toBe('United States');
    await billing.vatField.waitFor({ state: 'detached' });
    // The fields follow the country: a State, and a ZIP code checked by the core.
    await billing.field(en.ui.billingInfo.fields.state).waitFor();
    await billing.field(en.ui.billingInfo.fields.line1).fill('350 Fifth Avenue');
    await billing.field(en.ui.billingInfo.fields.city).fill('New York');
    await billing.field(en.ui.billingInfo.fields.postalCode).fill('75 002');
    await billing.saveAddress();
    await billing.fieldError(fill(en.errors.address.postcodeFormat, { example: '94105' })).waitFor();
    await billing.fieldError(en.errors.address.stateRequired).waitFor();
    await app.screenshot('37-country-outside-eu');
    await billing.field(en.ui.billingInfo.fields.postalCode).fill('10118');
    await billing.field(en.ui.billingInfo.fields.state).fill('NY');
    await billing.saveAddress();
    // The tax treatment changes: the core lists what will change, and nothing is saved until confirmed.
    const dialog = billing.taxChangeDialog;
    await dialog.getByText(fill(en.ui.billingInfo.taxChange.vatDropped, { vatNumber: 'DE136695976' })).waitFor();
    await dialog.getByText(en.ui.billingInfo.taxChange.reverseChargeLost).waitFor();
    await dialog.getByText(fill(en.ui.billingInfo.taxChange.taxChanged, { from: en.ui.billingInfo.taxChange.reverse_charge, to: en.ui.billingInfo.taxChange.outside_eu })).waitFor();
    expect(app.store.tables.account.get('account')!.vatNumber).toBe('DE136695976');
    await app.screenshot('37a-tax-change-confirm');
    await app.page.setViewportSize({ width: 1024, height: 768 });
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await app.screenshot('37b-tax-change-confirm-1024-dark');
    await app.page.emulateMedia({ colorScheme: 'light' });
    await app.page.setViewportSize({ width: 1280, height: 800 });
    await billing.confirmTaxChange();
    await billing.taxTreatment(en.ui.billingInfo.tax.outside_eu).waitFor();
    expect(await billing.address.getByText(en.ui.billingInfo.fields.vatNumber).count()).toBe(0);
    expect(app.store.tables.account.get('account')!.billingAddress).toMatchObject({ country: 'US', postalCode: '10118', region: 'NY' });
    expect(app.store.tables.account.get('account')!.vatNumber).toBeUndefined();
    await app.screenshot('38-outside-eu-saved');
  });

  it('after a failed renewal: a banner for users without billing rights, the dialog for the billing contact', async () => {
    const demoCard = app.store.tables.cards.get('card_demo')!;
    await app.store.commit([put('cards', 'card_demo', { ...demoCard, token: 'tok_fail_later_0341_1' })]);
    app.clock.advance(8 * DAY_MS);
    expect(await app.renewDue()).toBeGreaterThan(0);
    expect(app.store.tables.account.get('account')!.status).toBe('past_due');

    // Claire's last confirmation is still up when she signs out: it leaves with her session, and Tom,
    // signed in next, does not read it.
    const toasts = app.page.locator('.toast');
    await toasts.first().waitFor();
    await shell.signOut();
    await signInAs(TOM);
    await app.page.getByRole('alert').getByText(en.ui.pending.bannerContact).waitFor();
    expect(await toasts.count()).toBe(0);
    await app.screenshot('39-past-due-banner');
    await shell.signOut();

    await signInAs(CLAIRE);
    const pending = new PendingDialog(app.page);
    await pending.dialog.waitFor();
    expect(await pending.dialog.getAttribute('aria-modal')).toBe('true');
    const open = await app.page.evaluate(() => window.api!['payments.pending']());
    if (!open.ok) throw new Error('payments.pending failed');
    for (const invoice of open.value.invoices) await pending.invoice(invoice.number).waitFor();
    await pending.dialog.getByText(money(open.value.total), { exact: true }).waitFor();
    // Every card on file is offered, the default chosen.
    expect(await pending.cardChoice('Visa •••• 4242').isChecked()).toBe(true);
    await pending.cardChoice('Mastercard •••• 4444').waitFor();
    await app.screenshot('40-pending-dialog');
    await app.page.setViewportSize({ width: 1024, height: 768 });
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await app.screenshot('40a-pending-dialog-1024-dark');
    await app.page.emulateMedia({ colorScheme: 'light' });
    await app.page.setViewportSize({ width: 1280, height: 800 });

    await pending.applyPendingCharges();
    await pending.alert.getByText(en.errors.payment.card_declined).waitFor();
    await app.screenshot('41-pending-apply-failed');

    await pending.openNewCard();
    await pending.cardForm.fill(card('4242 4242 4242 4242'));
    await app.screenshot('41a-pending-new-card');
    await pending.dialog.getByRole('button', { name: en.ui.common.cancel }).click();

    // Later; the Overview shows the debt; signing in again there, the dialog opens over it.
    await pending.dialog.getByRole('button', { name: en.ui.pending.later }).click();
    await shell.open(en.ui.nav.overview);
    const tile = app.page.getByRole('listitem', { name: ov.cards.pending, includeHidden: true });
    await tile.getByText(money(open.value.total)).waitFor();
    await shell.signOut();
    await signInAs(CLAIRE);
    await pending.dialog.waitFor();
    await tile.getByText(money(open.value.total)).waitFor();

    // Pay with the other card on file, chosen from the list: no card typed again.
    await pending.cardChoice('Mastercard •••• 4444').check();
    await pending.applyPendingCharges();
    await pending.dialog.waitFor({ state: 'detached' });
    await app.page.getByRole('status').getByText(fill(en.ui.pending.success, { amount: money(open.value.total) })).waitFor();
    expect(app.store.tables.account.get('account')!.status).toBe('active');
    expect(app.store.tables.cards.size).toBe(2);
    // The Overview agrees at once: nothing pending any more.
    await tile.getByText(ov.cards.noPending).waitFor();
    expect(await tile.getByText(money(open.value.total)).count()).toBe(0);
    await app.screenshot('42-pending-paid');
  });

  it('cancels the account, and the next sign-in keeps every record readable under a banner: invoices, print, PDF, CSV, Activity', async () => {
    await shell.open(en.ui.nav.myAccount);
    const cancel = new CancelAccountDialog(app.page);
    await cancel.open();
    expect(await cancel.dialog.getAttribute('aria-modal')).toBe('true');
    await cancel.dismissWithEscape();
    await expect.poll(() => cancel.openButton.evaluate((el) => el === document.activeElement)).toBe(true);
    await cancel.open();
    await cancel.fill('too_expensive', 'Budget cut for next year', 'not the password');
    await app.screenshot('43-cancel-dialog');
    await cancel.confirm();
    await cancel.dialog.getByText(en.errors.password.currentWrong).waitFor();
    await app.screenshot('43a-cancel-wrong-password');
    await cancel.dialog.getByLabel(en.ui.cancel.password).fill(DEMO_PASSWORD);
    await cancel.confirm();
    await signIn.waitUntilShown();
    expect(app.store.tables.account.get('account')!.status).toBe('cancelled');
    expect([...app.store.tables.subscriptions.values()].every((s) => !s.autoRenew)).toBe(true);
    await app.screenshot('44-cancelled-signed-out');

    await signInAs(CLAIRE);
    const reactivation = new ReactivationPage(app.page);
    await reactivation.banner.getByText(en.ui.reactivate.bannerBody).waitFor();
    expect(await reactivation.heading.count()).toBe(0);
    await app.screenshot('45-cancelled-banner');

    // Invoices and transactions, as before the cancellation.
    const tx = new TransactionsPage(app.page);
    await shell.open(en.ui.nav.transactions);
    await tx.heading.waitFor();
    await reactivation.banner.waitFor();
    const invoice = [...app.store.tables.invoices.values()].sort((a, b) => b.issuedAt.localeCompare(a.issuedAt))[0]!;
    await tx.row(invoice.number).first().waitFor();
    // The renewal whose charge failed earlier: an attempt with its reason, not money that moved.
    const failed = [...app.store.tables.payments.values()].find((p) => p.status === 'failed')!;
    const attempt = tx.row(fill(en.ui.transactions.notCharged, { amount: money(failed.amount) })).first();
    await attempt.getByText(en.ui.transactions.types.failed_payment).waitFor();
    await attempt.getByText(en.ui.transactions.failures.card_declined).waitFor();
    expect(await attempt.textContent()).not.toContain(money(-failed.amount));
    await app.screenshot('45c-transactions-failed-attempt');
    const download = await tx.exportCsv();
    const file = path.join(SCREENSHOTS, '45a-cancelled-transactions.csv');
    await download.saveAs(file);
    const csv = Papa.parse<string[]>(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(csv.data.length).toBeGreaterThan(1);
    expect(csv.data.some((row) => row.includes(invoice.number))).toBe(true);

    // The invoice opens, prints and saves as PDF (browser mode: both through the browser's dialog).
    const invoicePage = new InvoicePage(app.page);
    await tx.openInvoice(invoice.number);
    await invoicePage.waitFor(invoice.number);
    await app.page.evaluate(() => {
      const w = window as unknown as { print: () => void; printed: number };
      w.printed = 0;
      w.print = () => void w.printed++;
    });
    await invoicePage.print.click();
    await invoicePage.savePdf.click();
    await expect.poll(() => app.page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(2);
    const pdf = await renderPdf(app.page, '45b-cancelled-invoice', 'A4');
    expect(pdfText(pdf)).toContain(invoice.number);
    expect(pdfText(pdf)).not.toContain(en.ui.reactivate.bannerTitle);

    // Activity: the audit log, the cancellation in it.
    const activity = new ActivityPage(app.page);
    await shell.open(en.ui.nav.activity);
    await activity.heading.waitFor();
    await activity.auditRow(en.ui.audit.account.cancelled).first().waitFor();

    // Writes wait for the reactivation: refused by the core, in words.
    const refused = await app.page.evaluate(() => window.api!['me.updatePersonal']({ firstName: 'Claire', lastName: 'Dubois', phone: '', language: 'fr', timeZone: 'Europe/Paris' }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: en.errors.account.cancelled } });
  });

  it('sends a paid account’s reactivation request, shows its state at the next sign-in without the password, and withdraws it', async () => {
    const reactivation = new ReactivationPage(app.page);
    await reactivation.openFromBanner();
    await app.page.getByText(en.ui.reactivate.passwordHint).waitFor();
    await app.screenshot('46-reactivation-page');
    await reactivation.submit(DEMO_PASSWORD);
    await reactivation.requestState('sent').waitFor();
    await app.screenshot('46a-reactivation-requested');
    await shell.open(en.ui.nav.overview);
    await reactivation.banner.getByText(fill(en.ui.reactivate.bannerRequested, { state: en.ui.reactivate.states.sent })).waitFor();

    // Later, the vendor's support takes it up: the next visit shows where the request stands, no password asked.
    const account = app.store.tables.account.get('account')!;
    await app.store.commit([put('account', 'account', { ...account, reactivation: { state: 'in_progress', requestedAt: account.reactivation!.requestedAt } })]);
    await app.page.getByRole('button', { name: en.ui.nav.signOut }).click();
    await signInAs(CLAIRE);
    await shell.open(en.ui.nav.overview);
    await reactivation.banner.getByText(fill(en.ui.reactivate.bannerRequested, { state: en.ui.reactivate.states.in_progress })).waitFor();
    await reactivation.openFromBanner();
    await reactivation.requestState('in_progress').waitFor();
    expect(await reactivation.password.count()).toBe(0);
    await app.screenshot('47-reactivation-in-progress');

    await reactivation.withdraw();
    await app.page.getByRole('status').getByText(en.ui.reactivate.withdrawn).waitFor();
    await reactivation.password.waitFor();
    expect(app.store.tables.account.get('account')!.reactivation).toBeUndefined();
    expect(app.store.tables.account.get('account')!.status).toBe('cancelled');
    await app.screenshot('47a-reactivation-withdrawn');
    await shell.open(en.ui.nav.overview);
    await reactivation.banner.getByText(en.ui.reactivate.bannerBody).waitFor();
  });
});
