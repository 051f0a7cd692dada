/**
 * Reminders before money moves (core/billing/reminders.ts), on the fixed clock: the renewal reminders
 * at exactly N days before, once each, once after a long closure, never for a renewal already made,
 * never twice across a restart; the card-expiry reminder 30 days before; the notices billing views show.
 */
import { describe, expect, it } from 'vitest';
import { put } from '../../core/model/changes.ts';
import type { OutboxEmail, Subscription } from '../../core/model/records.ts';
import { renewalCharge } from '../../core/billing/reminders.ts';
import { demoFixture, type Fixture } from '../../core/testing/fixture.ts';

const DAY = 86_400_000;
const sent = (f: Fixture, template: OutboxEmail['template']) => [...f.store.tables.outbox.values()].filter((m) => m.template === template);
const subs = (f: Fixture): Subscription[] => [...f.store.tables.subscriptions.values()];
/** The demo's three subscriptions all renew at this instant (the end of November in Paris). */
const END = Date.parse('2026-11-30T23:00:00.000Z');

async function at(f: Fixture, instant: number): Promise<void> {
  f.clock.current = new Date(instant);
  await f.core.renewDue();
}

describe('renewal reminders', () => {
  it('go out at exactly 7 and 1 days before, once each, to every billing contact in their language, with the amount and the card', async () => {
    const f = await demoFixture();
    await at(f, END - 7 * DAY - 1);
    expect(sent(f, 'renewal_reminder')).toEqual([]);

    await at(f, END - 7 * DAY);
    const first = sent(f, 'renewal_reminder');
    expect(first).toHaveLength(subs(f).length * 2);
    expect(new Set(first.map((m) => m.to))).toEqual(new Set(['claire.dubois@lumen-analytics.example', 'hannah.becker@lumen-analytics.example']));
    const account = f.store.tables.account.get('account')!;
    const meetings = subs(f).find((s) => s.productId === 'meetings')!;
    const amount = renewalCharge(account, meetings);
    expect(amount).toBeGreaterThan(0);
    const toClaire = first.find((m) => m.to.startsWith('claire') && m.subject.startsWith('Meetings'))!;
    expect(toClaire.subject).toBe('Meetings Business for Lumen Analytics SAS renews on 1 Dec 2026');
    expect(toClaire.body).toContain(`€${(amount / 100).toFixed(2)} will be charged to Visa •••• 4242`);
    const toHannah = first.find((m) => m.to.startsWith('hannah') && m.subject.startsWith('Meetings'))!;
    expect(toHannah.subject).toBe('Meetings Business für Lumen Analytics SAS verlängert sich am 01.12.2026');

    await at(f, END - 2 * DAY);
    expect(sent(f, 'renewal_reminder')).toHaveLength(first.length);
    await at(f, END - DAY);
    expect(sent(f, 'renewal_reminder')).toHaveLength(first.length * 2);
    await at(f, END - DAY + 3_600_000);
    expect(sent(f, 'renewal_reminder')).toHaveLength(first.length * 2);
  });

  it('after a closure over both days, send one reminder (the nearest), and none for a renewal already made', async () => {
    const f = await demoFixture();
    await at(f, END - 12 * 3_600_000);
    const once = sent(f, 'renewal_reminder');
    expect(once).toHaveLength(subs(f).length * 2);
    expect(subs(f).every((s) => s.reminded?.days.join() === '7,1')).toBe(true);

    const g = await demoFixture();
    await at(g, END + DAY);
    expect(g.store.tables.invoices.size).toBeGreaterThan(0);
    expect(subs(g).every((s) => s.periodIndex > 0 && Date.parse(s.periodEnd) > END)).toBe(true);
    expect(sent(g, 'renewal_reminder')).toEqual([]);
  });

  it('are not sent twice by a second core on the same store (a restart, another desktop)', async () => {
    const f = await demoFixture();
    await at(f, END - 7 * DAY + 60_000);
    const count = sent(f, 'renewal_reminder').length;
    expect(count).toBeGreaterThan(0);
    const restarted = await demoFixture(f.store);
    restarted.clock.current = new Date(END - 7 * DAY + 120_000);
    await restarted.core.renewDue();
    expect(sent(restarted, 'renewal_reminder')).toHaveLength(count);
  });

  it('follow the days billing contacts chose (none at all, too), and refuse a day not offered', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const bad = await f.call(s, 'account.updateInvoiceSettings', { purchaseOrder: '', recipients: [], reminderDays: [5] });
    expect(!bad.ok && bad.error.fields?.reminderDays?.key).toBe('errors.invoiceSettings.reminderDays');
    const none = await f.call(s, 'account.updateInvoiceSettings', { purchaseOrder: '', recipients: [], reminderDays: [] });
    expect(none.ok && none.value.reminderDays).toEqual([]);
    await at(f, END - 1000);
    expect(sent(f, 'renewal_reminder')).toEqual([]);
    const chosen = await f.call(s, 'account.updateInvoiceSettings', { purchaseOrder: '', recipients: [], reminderDays: [1, 3, 3] });
    expect(chosen.ok && chosen.value.reminderDays).toEqual([3, 1]);
  });

  it('show as notices to billing viewers until the renewal, and to nobody else', async () => {
    const f = await demoFixture();
    await at(f, END - 7 * DAY);
    const claire = await f.signIn('Claire');
    const overview = await f.call(claire, 'overview.get', { months: 12 });
    const reminders = overview.ok ? overview.value.billing!.reminders : [];
    expect(reminders.map((r) => r.kind)).toEqual(subs(f).map(() => 'renewal'));
    const billing = await f.call(claire, 'billing.overview');
    expect(billing.ok && billing.value.reminders).toEqual(reminders);
    const jan = await f.signIn('Jan');
    const janBilling = await f.call(jan, 'billing.overview');
    expect(janBilling.ok && janBilling.value.reminders).toEqual([]);

    await at(f, END + 60_000);
    const after = await f.call(claire, 'billing.overview');
    expect(after.ok && after.value.reminders).toEqual([]);
  });
});

describe('card expiry reminder', () => {
  it('goes out 30 days before the default card stops working, once per expiry, and again for a new expiry', async () => {
    const f = await demoFixture();
    const card = f.store.tables.cards.get('card_demo')!;
    // Expires at the end of December 2026: it stops working on 1 January 2027, 00:00 in Paris.
    await f.store.commit([put('cards', card.id, { ...card, expMonth: 12, expYear: 2026 })]);
    const stops = Date.parse('2026-12-31T23:00:00.000Z');
    await at(f, stops - 30 * DAY - 1);
    expect(sent(f, 'card_expiring')).toEqual([]);
    await at(f, stops - 30 * DAY);
    const first = sent(f, 'card_expiring');
    expect(first.map((m) => m.subject)).toEqual(expect.arrayContaining(['The card Visa •••• 4242 expires at the end of 12/2026']));
    expect(first).toHaveLength(2);
    await at(f, stops - 10 * DAY);
    expect(sent(f, 'card_expiring')).toHaveLength(2);

    const claire = await f.signIn('Claire');
    const notices = await f.call(claire, 'billing.overview');
    expect(notices.ok && notices.value.reminders.find((r) => r.kind === 'card_expiry')).toMatchObject({ brand: 'visa', last4: '4242', expMonth: 12, expYear: 2026, expired: false });

    const updated = await f.call(claire, 'cards.update', { id: card.id, expMonth: 1, expYear: 2027, holder: card.holder });
    expect(updated.ok).toBe(true);
    const cleared = await f.call(claire, 'billing.overview');
    expect(cleared.ok && cleared.value.reminders.some((r) => r.kind === 'card_expiry')).toBe(false);
    await at(f, Date.parse('2027-01-31T23:00:00.000Z') - 30 * DAY);
    expect(sent(f, 'card_expiring')).toHaveLength(4);
  });
});
