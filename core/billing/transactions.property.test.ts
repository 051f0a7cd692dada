/**
 * The transaction list's running balance, as a property over random renewals whose charges succeed or
 * fail and pending payments applied later: only money that moved (and the documents) enters it; a failed
 * payment is listed as an attempt — amount zero, what it tried to charge, why it failed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { put } from '../model/changes.ts';
import { demoFixture } from '../testing/fixture.ts';

const DAY = 24 * 3600 * 1000;
type Step = { days: number; card: 'ok' | 'failing'; apply: boolean };

const steps = fc.array(fc.record({ days: fc.integer({ min: 1, max: 60 }), card: fc.constantFrom('ok', 'failing'), apply: fc.boolean() }), { minLength: 1, maxLength: 6 }) as fc.Arbitrary<Step[]>;

describe('transactions: the running balance', () => {
  it('sums documents and money that moved, never a failed attempt', async () => {
    let failures = 0;
    await fc.assert(
      fc.asyncProperty(steps, async (plan) => {
        const f = await demoFixture();
        const s = await f.signIn('Claire');
        for (const step of plan) {
          const card = f.store.tables.cards.get('card_demo')!;
          await f.store.commit([put('cards', card.id, { ...card, token: step.card === 'ok' ? 'tok_ok_4242_demo' : 'tok_fail_later_0341_9' })]);
          f.clock.advance(step.days * DAY);
          await f.core.renewDue();
          if (step.apply) await f.call(s, 'payments.applyPending');
        }
        const listed = await f.call(s, 'transactions.list');
        if (!listed.ok) throw new Error(listed.error.message);
        const rows = listed.value.transactions;
        let moved = 0;
        for (const row of rows) {
          if (row.type === 'failed_payment') {
            failures++;
            const payment = f.store.tables.payments.get(row.id)!;
            expect(row.amount).toBe(0);
            expect(row.attempted).toBe(payment.amount);
            expect(row.attempted).toBeGreaterThan(0);
            expect(row.detail).toBe(payment.failureReason);
          } else {
            expect(row.attempted).toBeNull();
          }
          if (row.type !== 'credit_applied') moved += row.amount;
          expect(row.balanceAfter).toBe(moved);
        }
        // The same balance from the records themselves: documents, less payments that went through, plus refunds.
        const documents = [...f.store.tables.invoices.values()].reduce((sum, i) => sum + i.total, 0);
        const settled = [...f.store.tables.payments.values()].filter((p) => p.status === 'succeeded').reduce((sum, p) => sum + p.amount, 0);
        expect(rows.at(-1)?.balanceAfter ?? 0).toBe(documents - settled);
      }),
      { seed: 4242, numRuns: 25 },
    );
    expect(failures).toBeGreaterThan(0);
  });
});
