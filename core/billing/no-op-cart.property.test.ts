/**
 * A cart whose lines cancel out (+n then −n seats, an interval switched and switched back, an add-on
 * added then removed) changes nothing: its quote has no line and charges nothing, and placing it
 * leaves every subscription — period included — as it was, with no invoice and no payment.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CartChange, Subscription } from '../model/records.ts';
import { demoFixture } from '../testing/fixture.ts';

const DAY = 24 * 3600 * 1000;

function cancellingChanges(sub: Subscription, seats: number, shape: 'seats' | 'seats_reversed' | 'interval'): CartChange[] {
  if (shape === 'interval') {
    const other = sub.interval === 'month' ? 'year' : 'month';
    return [
      { kind: 'change_interval', subscriptionId: sub.id, interval: other },
      { kind: 'change_interval', subscriptionId: sub.id, interval: sub.interval },
    ];
  }
  const add: CartChange = { kind: 'add_seats', subscriptionId: sub.id, seats };
  const remove: CartChange = { kind: 'remove_seats', subscriptionId: sub.id, seats };
  return shape === 'seats' ? [add, remove] : [remove, add];
}

describe('a cart that changes nothing', () => {
  it('charges nothing, prints no line and leaves every subscription alone', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 60 }),
        fc.nat(20),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom('seats' as const, 'seats_reversed' as const, 'interval' as const),
        async (days, pick, seats, shape) => {
          const f = await demoFixture();
          f.clock.advance(days * DAY + 3_600_000);
          await f.core.renewDue();
          const s = await f.signIn('Claire');
          const subs = [...f.store.tables.subscriptions.values()];
          const sub = subs[pick % subs.length]!;
          const changes = cancellingChanges(sub, seats, shape);
          const preview = await f.call(s, 'billing.preview', { changes });
          if (!preview.ok) return; // e.g. removing seats below those assigned: refused, nothing to check
          expect(preview.value.lines).toEqual([]);
          expect([preview.value.subtotal, preview.value.tax.amount, preview.value.total, preview.value.amountDue]).toEqual([0, 0, 0, 0]);

          const before = JSON.stringify([...f.store.tables.subscriptions.values()]);
          const invoices = f.store.tables.invoices.size;
          const payments = f.store.tables.payments.size;
          const balance = f.store.tables.account.get('account')!.creditBalance;
          // The cart checks each step as it grows: removing first may go below the seats assigned.
          for (const change of changes) if (!(await f.call(s, 'cart.add', { change })).ok) return;
          const order = await f.call(s, 'orders.place', { idempotencyKey: `noop-${days}-${pick}-${seats}-${shape}` });
          expect(order.ok).toBe(true);
          if (!order.ok) return;
          expect([order.value.total, order.value.amountDue]).toEqual([0, 0]);
          expect(JSON.stringify([...f.store.tables.subscriptions.values()])).toBe(before);
          expect(f.store.tables.invoices.size).toBe(invoices);
          expect(f.store.tables.payments.size).toBe(payments);
          expect(f.store.tables.account.get('account')!.creditBalance).toBe(balance);
          expect(f.store.tables.carts.has(f.userId('Claire'))).toBe(false);
        },
      ),
      { numRuns: 25 },
    );
  }, 60_000);

  it('prints no zero-amount line in any quote', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    for (const sub of f.store.tables.subscriptions.values()) {
      const preview = await f.call(s, 'billing.preview', { changes: [{ kind: 'add_seats', subscriptionId: sub.id, seats: 1 }] });
      if (!preview.ok) continue;
      expect(preview.value.lines.filter((l) => l.amount === 0)).toEqual([]);
    }
  });
});

describe('the order confirmation email', () => {
  it('lists what was bought, in the recipient language', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const sub = [...f.store.tables.subscriptions.values()].find((x) => x.productId === 'meetings')!;
    expect((await f.call(s, 'cart.add', { change: { kind: 'add_seats', subscriptionId: sub.id, seats: 2 } })).ok).toBe(true);
    const order = await f.call(s, 'orders.place', { idempotencyKey: 'email-items' });
    expect(order.ok).toBe(true);
    const email = [...f.store.tables.outbox.values()].find((m) => m.template === 'order_confirmation')!;
    expect(email.body).toMatch(/– Meetings Business: \d+ × /);
  });
});
