/**
 * Property tests over random sequences of changes and refunds: every invoice adds up, no minor unit is
 * created or lost between invoices, the credit balance, payments and refunds — documents + credit
 * balance = starting credit + payments − refunds + amounts due —, the balance never goes negative, and
 * a quote equals the invoice that placing it produces.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CartChange } from '../model/records.ts';
import { demoFixture } from '../testing/fixture.ts';

const DAY = 24 * 3600 * 1000;
type Step = { days: number; pick: number; kind: 'add' | 'remove' | 'interval' | 'upgrade' | 'refund'; seats: number };

const steps = fc.array(
  fc.record({ days: fc.integer({ min: 0, max: 70 }), pick: fc.nat(2), kind: fc.constantFrom('add', 'remove', 'interval', 'upgrade', 'refund'), seats: fc.integer({ min: 1, max: 40 }) }),
  { minLength: 1, maxLength: 8 },
) as fc.Arbitrary<Step[]>;

describe('billing ledger', () => {
  it('keeps every minor unit accounted for over random changes and renewals', async () => {
    let placed = 0;
    let credits = 0;
    let refunds = 0;
    await fc.assert(
      fc.asyncProperty(steps, async (plan) => {
        const f = await demoFixture();
        const s = await f.signIn('Claire');
        const startBalance = f.store.tables.account.get('account')!.creditBalance;
        const invoicesBefore = new Set(f.store.tables.invoices.keys());
        const paymentsBefore = new Set(f.store.tables.payments.keys());
        let n = 0;
        for (const step of plan) {
          f.clock.advance(step.days * DAY + 3_600_000);
          await f.core.renewDue();
          if (step.kind === 'refund') {
            const overview = await f.call(s, 'billing.overview');
            const best = overview.ok ? [...overview.value.refunds.cards].sort((a, b) => b.refundable - a.refundable)[0] : undefined;
            if (!best || best.refundable === 0) continue;
            const amount = Math.min(best.refundable, step.seats * 731);
            const refunded = await f.call(s, 'billing.refund', { cardId: best.cardId, amount, currency: 'EUR', idempotencyKey: `prop-refund-${++n}` });
            expect(refunded.ok).toBe(true);
            refunds++;
            continue;
          }
          const subs = [...f.store.tables.subscriptions.values()];
          const sub = subs[step.pick % subs.length]!;
          const change: CartChange =
            step.kind === 'add' ? { kind: 'add_seats', subscriptionId: sub.id, seats: step.seats }
            : step.kind === 'remove' ? { kind: 'remove_seats', subscriptionId: sub.id, seats: step.seats }
            : step.kind === 'interval' ? { kind: 'change_interval', subscriptionId: sub.id, interval: sub.interval === 'month' ? 'year' : 'month' }
            : { kind: 'change_plan', subscriptionId: sub.id, planId: sub.planId === 'rs_standard' ? 'rs_premium' : sub.planId === 'bp_basic' ? 'bp_standard' : 'bp_premium' };
          const preview = await f.call(s, 'billing.preview', { changes: [change] });
          const added = await f.call(s, 'cart.add', { change });
          if (!added.ok || !preview.ok) continue;
          const order = await f.call(s, 'orders.place', { idempotencyKey: `prop-order-${++n}` });
          expect(order.ok).toBe(true);
          if (!order.ok || !order.value.invoiceId) continue;
          const invoice = f.store.tables.invoices.get(order.value.invoiceId)!;
          placed++;
          if (invoice.kind === 'credit_note') credits++;
          // The quote shown is the invoice produced.
          expect(invoice.lines).toEqual(preview.value.lines);
          expect([invoice.subtotal, invoice.tax.amount, invoice.total]).toEqual([preview.value.subtotal, preview.value.tax.amount, preview.value.total]);
        }
        const account = f.store.tables.account.get('account')!;
        expect(account.creditBalance).toBeGreaterThanOrEqual(0);
        const issued = [...f.store.tables.invoices.values()].filter((i) => !invoicesBefore.has(i.id));
        let used = 0;
        let credited = 0;
        for (const invoice of issued) {
          expect(invoice.total).toBe(invoice.lines.reduce((sum, l) => sum + l.amount, 0) + invoice.tax.amount);
          if (invoice.kind === 'credit_note') expect(invoice.creditedToBalance).toBe(-invoice.total);
          else expect(invoice.creditUsed + invoice.amountPaid + invoice.amountDue).toBe(invoice.total);
          used += invoice.creditUsed;
          credited += invoice.creditedToBalance;
          const paid = [...f.store.tables.payments.values()].filter((p) => p.invoiceId === invoice.id && p.status === 'succeeded' && p.amount > 0).reduce((sum, p) => sum + p.amount, 0);
          expect(paid).toBe(invoice.amountPaid);
        }
        const newPayments = [...f.store.tables.payments.values()].filter((p) => !paymentsBefore.has(p.id) && p.status === 'succeeded');
        const refunded = -newPayments.filter((p) => p.amount < 0).reduce((sum, p) => sum + p.amount, 0);
        const received = newPayments.filter((p) => p.amount > 0).reduce((sum, p) => sum + p.amount, 0);
        expect(account.creditBalance).toBe(startBalance + credited - used - refunded);
        // Money is conserved: what was invoiced (credit notes negative) plus the credit still held equals
        // the starting credit, plus what cards paid, less what went back to them, plus what is still due.
        const invoiced = issued.reduce((sum, i) => sum + i.total, 0);
        const due = issued.reduce((sum, i) => sum + (i.kind === 'invoice' ? i.amountDue : 0), 0);
        expect(invoiced + account.creditBalance).toBe(startBalance + received - refunded + due);
      }),
      { seed: 20261123, numRuns: 40 },
    );
    // The property must have exercised real orders, credit notes included.
    expect(placed).toBeGreaterThan(40);
    expect(credits).toBeGreaterThan(0);
    expect(refunds).toBeGreaterThan(0);
  }, 60_000);
});
