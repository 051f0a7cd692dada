/**
 * The worked examples (EUR, customer in DE without VAT number, 19 %), through the real commands:
 * preview, cart, place order, invoice, credit balance.
 */
import { describe, expect, it } from 'vitest';
import { put } from '../model/changes.ts';
import type { Subscription } from '../model/records.ts';
import { demoFixture, snapshot, type Fixture } from '../testing/fixture.ts';

const PERIOD = { periodStart: '2026-03-01T00:00:00.000Z', periodEnd: '2026-04-01T00:00:00.000Z' };

/** A DE customer without VAT number, on UTC, with one Remote Support Standard subscription. */
async function germanAccount(seats: number, at: string): Promise<{ f: Fixture; subId: string }> {
  const f = await demoFixture();
  const account = f.store.tables.account.get('account')!;
  const rs = [...f.store.tables.subscriptions.values()].find((s) => s.productId === 'remote_support')!;
  const sub: Subscription = { ...rs, planId: 'rs_standard', interval: 'month', seats, unitAmount: 3900, ...PERIOD, anchorAt: PERIOD.periodStart, periodIndex: 0, addOns: [] };
  const holders = [...f.store.tables.users.values()].filter((u) => u.products.some((p) => p.productId === 'remote_support'));
  await f.store.commit([
    put('account', 'account', { ...account, billingAddress: { line1: 'Hauptstraße 1', city: 'Berlin', postalCode: '10115', country: 'DE' }, vatNumber: undefined, timeZone: 'UTC', creditBalance: 0 }),
    put('subscriptions', sub.id, sub),
    // Keep two licence holders so that seats can go down to 2.
    ...holders.slice(2).map((u) => put('users', u.id, { ...u, products: u.products.filter((p) => p.productId !== 'remote_support') })),
  ]);
  f.clock.current = new Date(at);
  return { f, subId: sub.id };
}

describe('worked examples', () => {
  it('1. add 2 seats mid-period: credit −100.65, charge 273.00, VAT 32.75, total 205.10', async () => {
    const { f, subId } = await germanAccount(5, '2026-03-16T00:00:00.000Z');
    const s = await f.signIn('Claire');
    const preview = await f.call(s, 'billing.preview', { changes: [{ kind: 'add_seats', subscriptionId: subId, seats: 2 }] });
    if (!preview.ok) throw new Error(preview.error.message);
    const q = preview.value;
    expect(q.lines.map((l) => l.amount)).toEqual([-10065, 27300]);
    expect(q.lines[1]).toMatchObject({ periodStart: '2026-03-16T00:00:00.000Z', periodEnd: '2026-04-16T00:00:00.000Z', quantity: 7 });
    expect([q.subtotal, q.tax.amount, q.total, q.tax.rateBasisPoints]).toEqual([17235, 3275, 20510, 1900]);

    await f.call(s, 'cart.add', { change: { kind: 'add_seats', subscriptionId: subId, seats: 2 } });
    const order = await f.call(s, 'orders.place', { idempotencyKey: 'example-1-order' });
    if (!order.ok) throw new Error(order.error.message);
    expect(order.value).toMatchObject({ status: 'paid', total: 20510, amountDue: 20510 });
    const invoice = f.store.tables.invoices.get(order.value.invoiceId!)!;
    expect(invoice).toMatchObject({ kind: 'invoice', subtotal: 17235, total: 20510, amountPaid: 20510, status: 'paid' });
    expect(invoice.tax.amount).toBe(3275);
    expect(f.store.tables.subscriptions.get(subId)).toMatchObject({ seats: 7, periodStart: '2026-03-16T00:00:00.000Z', periodEnd: '2026-04-16T00:00:00.000Z' });
  });

  it('2. remove 8 of 10 seats the day after: a credit note of −356.31 goes to the credit balance', async () => {
    const { f, subId } = await germanAccount(10, '2026-03-02T00:00:00.000Z');
    const s = await f.signIn('Claire');
    await f.call(s, 'cart.add', { change: { kind: 'remove_seats', subscriptionId: subId, seats: 8 } });
    const cart = await f.call(s, 'cart.get');
    if (!cart.ok || !cart.value.quote) throw new Error('no quote');
    expect(cart.value.quote.lines.map((l) => l.amount)).toEqual([-37742, 7800]);
    expect([cart.value.quote.subtotal, cart.value.quote.tax.amount, cart.value.quote.total]).toEqual([-29942, -5689, -35631]);
    const order = await f.call(s, 'orders.place', { idempotencyKey: 'example-2-order' });
    if (!order.ok) throw new Error(order.error.message);
    const invoice = f.store.tables.invoices.get(order.value.invoiceId!)!;
    expect(invoice).toMatchObject({ kind: 'credit_note', total: -35631, creditedToBalance: 35631, status: 'credited' });
    expect(invoice.number).toMatch(/^CN-2026-\d{6}$/);
    expect(f.store.tables.account.get('account')!.creditBalance).toBe(35631);
  });

  it('3. switch to yearly: credit −132.10, charge 1,950.00, net 1,817.90; the period ends 2027-03-11', async () => {
    const { f, subId } = await germanAccount(5, '2026-03-11T00:00:00.000Z');
    const s = await f.signIn('Claire');
    const preview = await f.call(s, 'billing.preview', { changes: [{ kind: 'change_interval', subscriptionId: subId, interval: 'year' }] });
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value.lines.map((l) => l.amount)).toEqual([-13210, 195000]);
    expect(preview.value.subtotal).toBe(181790);
    expect(preview.value.periods[0]).toMatchObject({ periodStart: '2026-03-11T00:00:00.000Z', periodEnd: '2027-03-11T00:00:00.000Z' });
  });
});

describe('seats, plans and orders', () => {
  it('refuses seats below the licences assigned, naming who holds them, and changes nothing', async () => {
    const { f, subId } = await germanAccount(5, '2026-03-16T00:00:00.000Z');
    const s = await f.signIn('Claire');
    const before = snapshot(f.store);
    const result = await f.call(s, 'cart.add', { change: { kind: 'remove_seats', subscriptionId: subId, seats: 4 } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('conflict');
      expect(result.error.params?.count).toBe(2);
      expect(String(result.error.params?.names)).toMatch(/\w+ \w+, \w+/);
    }
    expect(snapshot(f.store)).toBe(before);
  });

  it('refuses a downgrade online and records a support request instead', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const rs = [...f.store.tables.subscriptions.values()].find((x) => x.productId === 'remote_support')!;
    const refused = await f.call(s, 'billing.preview', { changes: [{ kind: 'change_plan', subscriptionId: rs.id, planId: 'rs_standard' }] });
    expect(!refused.ok && refused.error.key).toBe('errors.billing.downgradeOffline');
    const request = await f.call(s, 'support.requestDowngrade', { subscriptionId: rs.id, planId: 'rs_standard' });
    expect(request.ok && request.value.status).toBe('open');
  });

  it('places one order and one charge for a double submit with the same key', async () => {
    const { f, subId } = await germanAccount(5, '2026-03-16T00:00:00.000Z');
    const s = await f.signIn('Claire');
    await f.call(s, 'cart.add', { change: { kind: 'add_seats', subscriptionId: subId, seats: 1 } });
    const [a, b] = await Promise.all([f.call(s, 'orders.place', { idempotencyKey: 'double-click-1' }), f.call(s, 'orders.place', { idempotencyKey: 'double-click-1' })]);
    expect(a.ok && b.ok && a.value.id === b.value.id).toBe(true);
    expect(f.store.tables.orders.size).toBe(1);
    expect([...f.store.tables.payments.values()].filter((p) => p.invoiceId === (a.ok ? a.value.invoiceId : ''))).toHaveLength(1);
  });

  it('refuses billing commands to an administrator who is not a billing contact', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Marco');
    const before = snapshot(f.store);
    const result = await f.call(s, 'cart.add', { change: { kind: 'new_subscription', planId: 'rs_standard', interval: 'month', seats: 1 } });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(snapshot(f.store)).toBe(before);
  });
});

describe('renewal', () => {
  it('seeds a year of history through the renewal engine, numbered without gaps', async () => {
    const f = await demoFixture();
    const numbers = [...f.store.tables.invoices.values()].map((i) => Number(i.number.slice(-6))).sort((a, b) => a - b);
    expect(numbers.length).toBeGreaterThanOrEqual(24);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    for (const sub of f.store.tables.subscriptions.values()) expect(new Date(sub.periodEnd) > f.clock.now()).toBe(true);
  });

  it('catches up five missed months exactly once each, across restarts', async () => {
    const f = await demoFixture();
    const count = f.store.tables.invoices.size;
    f.clock.current = new Date('2027-04-23T10:00:00.000Z');
    const renewed = await f.core.renewDue();
    expect(renewed).toBeGreaterThanOrEqual(10);
    expect(await f.core.renewDue()).toBe(0);
    expect(f.store.tables.invoices.size).toBe(count + renewed);
  });
});

describe('co-term plans and failed payments', () => {
  it('co-term: adding seats keeps the period and charges only the new seats for the time left', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const mt = [...f.store.tables.subscriptions.values()].find((x) => x.productId === 'meetings')!;
    const preview = await f.call(s, 'billing.preview', { changes: [{ kind: 'add_seats', subscriptionId: mt.id, seats: 3 }] });
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value.lines).toHaveLength(1);
    const line = preview.value.lines[0]!;
    expect(line).toMatchObject({ kind: 'charge', quantity: 3, periodEnd: mt.periodEnd });
    const total = (new Date(mt.periodEnd).getTime() - new Date(mt.periodStart).getTime()) / 1000;
    const left = (new Date(mt.periodEnd).getTime() - f.clock.now().getTime()) / 1000;
    expect(Math.abs(line.amount - (3 * mt.unitAmount * left) / total)).toBeLessThanOrEqual(0.5);
    expect(preview.value.periods[0]).toMatchObject({ periodStart: mt.periodStart, periodEnd: mt.periodEnd });
  });

  it('a failed renewal leaves the invoice open, puts the account past due, emails billing contacts, and blocks paid orders', async () => {
    const f = await demoFixture();
    await f.store.commit([put('cards', 'card_demo', { ...f.store.tables.cards.get('card_demo')!, token: 'tok_fail_later_0341_1' })]);
    f.clock.current = new Date('2027-01-05T10:00:00.000Z');
    await f.core.renewDue();
    expect(f.store.tables.account.get('account')!.status).toBe('past_due');
    expect([...f.store.tables.invoices.values()].some((i) => i.status === 'open' && i.amountDue > 0)).toBe(true);
    expect(f.mailer.sent.some((e) => e.template === 'payment_failed')).toBe(true);
    const s = await f.signIn('Claire');
    const rs = [...f.store.tables.subscriptions.values()].find((x) => x.productId === 'remote_support')!;
    await f.call(s, 'cart.add', { change: { kind: 'add_seats', subscriptionId: rs.id, seats: 1 } });
    const order = await f.call(s, 'orders.place', { idempotencyKey: 'past-due-order' });
    expect(!order.ok && order.error.key).toBe('errors.billing.pastDue');
  });
});
