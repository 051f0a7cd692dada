import { describe, expect, it } from 'vitest';
import { assignedCount } from '../billing/views.ts';
import { seatsBought } from '../licences/seats.ts';
import { demoFixture, snapshot } from '../testing/fixture.ts';
import { monthKey } from './spending.ts';

describe('overview.get', () => {
  it('shows each product’s seats as the store counts them: bought, assigned, idle', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const result = await f.call(s, 'overview.get', { months: 12 });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.seats.length).toBeGreaterThan(0);
    for (const row of result.value.seats) {
      expect(row.seats).toBe(seatsBought(f.store.tables, row.productId));
      expect(row.assigned).toBe(assignedCount(f.store.tables, row.productId));
      expect(row.idle).toBe(Math.max(0, row.seats - row.assigned));
    }
  });

  it('totals each month’s invoice lines per product, in the account’s zone, credit notes negative', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const result = await f.call(s, 'overview.get', { months: 36 });
    if (!result.ok || !result.value.billing) throw new Error('no billing part for the super admin');
    const { spending, products, currency } = result.value.billing;
    expect(spending).toHaveLength(36);
    const tz = f.store.tables.account.get('account')!.timeZone;
    let nonZero = 0;
    for (const month of spending) {
      const invoices = [...f.store.tables.invoices.values()].filter((i) => monthKey(i.issuedAt, tz) === month.month && i.currency === currency);
      for (const { productId, amount } of month.amounts) {
        const expected = invoices.flatMap((i) => i.lines).filter((l) => l.productId === productId).reduce((sum, l) => sum + l.amount, 0);
        expect(amount).toBe(expected);
      }
      expect(month.total).toBe(invoices.reduce((sum, i) => sum + i.subtotal, 0));
      expect(month.amounts.map((a) => a.productId)).toEqual(products);
      if (month.total !== 0) nonZero++;
    }
    expect(nonZero).toBeGreaterThan(0);
    expect(spending.at(-1)!.month).toBe(monthKey(f.clock.now(), tz));
  });

  it('prices the next renewal and reports the balance and pending payment', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const result = await f.call(s, 'overview.get', { months: 12 });
    const billing = result.ok ? result.value.billing : null;
    const subs = [...f.store.tables.subscriptions.values()].filter((x) => x.autoRenew);
    const earliest = Math.min(...subs.map((x) => new Date(x.periodEnd).getTime()));
    expect(new Date(billing!.nextRenewal!.at).getTime()).toBe(earliest);
    const due = subs.filter((x) => new Date(x.periodEnd).getTime() === earliest);
    const amount = due.reduce((sum, x) => sum + x.seats * x.unitAmount + x.addOns.reduce((n, a) => n + a.seats * a.unitAmount, 0), 0);
    expect(billing!.nextRenewal!.amount).toBe(amount);
    expect(billing!.creditBalance).toBe(f.store.tables.account.get('account')!.creditBalance);
    expect(billing!.pending.total).toBeGreaterThanOrEqual(0);
  });

  it('leaves the billing parts out for those who may not view billing, and changes nothing', async () => {
    const f = await demoFixture();
    const sessions = [await f.signIn('Tom'), await f.signIn('Marco')];
    // After the sign-ins (their time and the sign-in log): reading the overview changes nothing.
    const before = snapshot(f.store);
    for (const s of sessions) {
      const result = await f.call(s, 'overview.get', { months: 12 });
      expect(result.ok && result.value.billing).toBeNull();
      expect(result.ok && result.value.seats.length).toBeGreaterThan(0);
    }
    const bad = await f.call(sessions[0]!, 'overview.get', { months: 24 });
    expect(!bad.ok && bad.error.code).toBe('invalid_input');
    expect(snapshot(f.store)).toBe(before);
  });
});
