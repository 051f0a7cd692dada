import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type App } from './harness.ts';
import { ShellPage } from './pages/shell.page.ts';
import { signInToMyAccount } from './pages/sign-in-flow.ts';
import { RefundPage } from './pages/refund.page.ts';
import { en, fill } from './pages/strings.ts';
import { TransactionsPage } from './pages/transactions.page.ts';
import { normalize, pdfText, pdfToPngs, renderPdf } from './pdf.ts';
import { shownTexts } from './pages/texts.ts';

const CLAIRE = 'claire.dubois@lumen-analytics.example';
const SHOTS = '/tmp/refund-shots';
const money = (minor: number) => normalize(new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(minor / 100));

/** Refunding account credit to the card it came from, seen in Transactions, the CSV and the summary PDF (SPEC §3). */
describe('Refunds, end to end in Chromium', () => {
  let app: App;
  let credit = 0;
  let balanceBefore = 0;

  beforeAll(async () => {
    app = await launchApp();
    await app.page.evaluate('globalThis.__name = (fn) => fn;');
    fs.mkdirSync(SHOTS, { recursive: true });
    await signInToMyAccount(app.page, CLAIRE);
    // Credit to refund: two free Meetings seats removed (co-term: a credit note for the time left).
    const placed = await app.page.evaluate(async () => {
      const api = window.api!;
      const subs = await api['subscriptions.list']();
      if (!subs.ok) return null;
      const meetings = subs.value.subscriptions.find((s) => s.planId === 'mt_business')!;
      await api['cart.add']({ change: { kind: 'remove_seats', subscriptionId: meetings.id, seats: 2 } });
      const order = await api['orders.place']({ idempotencyKey: 'e2e-refund-credit' });
      const overview = await api['billing.overview']();
      const list = await api['transactions.list']();
      return order.ok && overview.ok && list.ok ? { credit: overview.value.creditBalance, balance: list.value.transactions.at(-1)!.balanceAfter } : null;
    });
    expect(placed).not.toBeNull();
    ({ credit, balance: balanceBefore } = placed!);
    expect(credit).toBeGreaterThan(321);
    app.clock.advance(3_600_000);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('refunds part of the credit to the card from Billing information', async () => {
    const shell = new ShellPage(app.page);
    const refund = new RefundPage(app.page);
    await shell.open(en.ui.nav.billingInfo);
    await refund.balance(money(credit)).waitFor();
    await refund.open();
    // The only card that paid, with the most it may take back; the amount starts at that.
    expect(await refund.card.locator('option:checked').textContent()).toBe(fill(en.ui.refund.cardOption, { card: 'Visa •••• 4242', max: money(credit) }));
    expect(await refund.amount.inputValue()).toBe((credit / 100).toFixed(2));
    await refund.amount.fill('999999');
    await refund.dialog.getByText(fill(en.ui.refund.amountInvalid, { min: money(1), max: money(credit) })).waitFor();
    await refund.amount.fill('3.21');
    await app.page.screenshot({ path: path.join(SHOTS, 'refund-dialog.png') });
    await refund.refund('3.21', money(321));
    await refund.done(money(321), 'Visa •••• 4242').waitFor();
    await refund.balance(money(credit - 321)).waitFor();
    expect(await refund.dialog.count()).toBe(0);
    await app.page.screenshot({ path: path.join(SHOTS, 'billing-info-after-refund.png'), fullPage: true });
  });

  it('shows the refund in Transactions with its running balance, and exports it as CSV', async () => {
    const shell = new ShellPage(app.page);
    const tx = new TransactionsPage(app.page);
    await shell.open(en.ui.nav.transactions);
    await tx.heading.waitFor();
    // Newest first: the refund heads the list, the balance up by what went back to the card.
    const first = tx.rows().first();
    await expect.poll(() => first.textContent()).toContain(en.ui.transactions.types.refund);
    const cells = await shownTexts(first.getByRole('cell'));
    expect(cells.slice(1).map(normalize)).toEqual([en.ui.transactions.types.refund, expect.stringMatching(/^INV-/), 'Visa •••• 4242', en.ui.transactions.statuses.succeeded, money(321), money(balanceBefore + 321)]);
    await app.page.screenshot({ path: path.join(SHOTS, 'transactions-with-refund.png') });

    const total = await tx.rows().count();
    expect(total).toBeGreaterThan(1);
    await tx.toggleType('refund');
    await expect.poll(() => tx.rows().count()).toBe(1);
    const download = await tx.exportCsv();
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain(`${en.ui.transactions.types.refund},`);
    expect(csv).toContain(`Visa •••• 4242,${en.ui.transactions.statuses.succeeded},3.21,EUR,${((balanceBefore + 321) / 100).toFixed(2)}`);
    expect(csv.trim().split('\r\n')).toHaveLength(2);
    await app.page.screenshot({ path: path.join(SHOTS, 'transactions-refund-filter.png') });
  });

  it('prints the refund in the transaction summary', async () => {
    const tx = new TransactionsPage(app.page);
    await tx.clearFilters();
    await tx.setPeriod('2026-11-01', '2026-11-30');
    await tx.openSummary();
    await tx.summary.getByRole('cell', { name: en.ui.transactions.types.refund, exact: true }).waitFor();
    const pdf = await renderPdf(app.page, 'refund-summary', 'A4');
    const text = pdfText(pdf);
    for (const expected of [en.ui.transactions.types.refund, en.ui.print.refunded, money(321), money(balanceBefore + 321), 'Visa •••• 4242']) expect(text).toContain(normalize(expected));
    const pngs = pdfToPngs(pdf);
    expect(pngs.length).toBeGreaterThanOrEqual(1);
    fs.copyFileSync(pdf, path.join(SHOTS, 'refund-summary.pdf'));
    pngs.forEach((png, i) => fs.copyFileSync(png, path.join(SHOTS, `refund-summary-${i + 1}.png`)));
  });
});
