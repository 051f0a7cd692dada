/**
 * Every document the core issues validates as an e-invoice: random carts (several changes at once),
 * credit notes, refunds and renewals for customers taxed every way the app knows (reverse charge,
 * standard rates, outside the EU), each resulting invoice or credit note written as CII and run through
 * the official EN 16931 rules — no fatal assert — with the XML's totals equal to the document's to the
 * minor unit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eInvoiceOf } from '../../../core/einvoice/einvoice.ts';
import { minorOf } from '../../../core/einvoice/amounts.ts';
import type { CartChange, Invoice } from '../../../core/model/records.ts';
import { brokenRules } from '../../einvoice/validate.ts';
import { billingFixture, text, texts } from './issue.ts';

const DAY = 24 * 3600 * 1000;
type Kind = 'add' | 'remove' | 'interval' | 'upgrade';
type Step = { days: number; refund: boolean; changes: { pick: number; kind: Kind; seats: number }[] };

const customer = fc.constantFrom(
  { country: 'FR' }, // the demo account as seeded: a French company with a VAT number (reverse charge)
  { country: 'DE', postalCode: '10115' },
  { country: 'FI', postalCode: '00100' },
  { country: 'IE', postalCode: 'D02 X285', vatNumber: 'IE6388047V' },
  { country: 'US', postalCode: '94105', region: 'CA' },
);
const steps = fc.array(
  fc.record({
    days: fc.integer({ min: 0, max: 45 }),
    refund: fc.boolean(),
    changes: fc.array(fc.record({ pick: fc.nat(3), kind: fc.constantFrom<Kind>('add', 'remove', 'interval', 'upgrade'), seats: fc.integer({ min: 1, max: 40 }) }), { minLength: 1, maxLength: 3 }),
  }),
  { minLength: 1, maxLength: 5 },
) as fc.Arbitrary<Step[]>;

/** The XML's totals, back in minor units, as the document states them (credit notes positive). */
function xmlTotals(xml: string) {
  return {
    lines: texts(xml, 'ram:LineTotalAmount').slice(0, -1).reduce((sum, a) => sum + minorOf(a), 0),
    lineTotal: minorOf(texts(xml, 'ram:LineTotalAmount').at(-1)!),
    taxBasis: minorOf(text(xml, 'ram:TaxBasisTotalAmount')),
    tax: minorOf(text(xml, 'ram:TaxTotalAmount')),
    grandTotal: minorOf(text(xml, 'ram:GrandTotalAmount')),
    prepaid: minorOf(text(xml, 'ram:TotalPrepaidAmount')),
    due: minorOf(text(xml, 'ram:DuePayableAmount')),
  };
}

function expectedTotals(invoice: Invoice) {
  const sign = (minor: number) => (invoice.kind === 'credit_note' ? -minor : minor) || 0; // no -0
  const due = invoice.kind === 'credit_note' ? 0 : invoice.amountDue;
  return {
    lines: sign(invoice.subtotal),
    lineTotal: sign(invoice.subtotal),
    taxBasis: sign(invoice.subtotal),
    tax: sign(invoice.tax.amount),
    grandTotal: sign(invoice.total),
    prepaid: invoice.kind === 'credit_note' ? invoice.creditedToBalance : invoice.creditUsed + invoice.amountPaid,
    due,
  };
}

describe('e-invoices of random orders, credit notes, refunds and renewals', () => {
  it('all pass the EN 16931 rules and state the documents’ totals to the minor unit', async () => {
    const seen = { documents: 0, creditNotes: 0, byCredit: 0, kinds: new Set<string>() };
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(customer, steps, async (who, plan) => {
        const setup = await billingFixture();
        const { f, s } = setup;
        if (who.country !== 'FR') await setup.relocate(who.country, who.vatNumber, who.postalCode, who.region);
        const before = new Set(f.store.tables.invoices.keys());
        let n = 0;
        for (const step of plan) {
          f.clock.advance(step.days * DAY + 3_600_000);
          await f.core.renewDue();
          if (step.refund) {
            const overview = await f.call(s, 'billing.overview');
            const best = overview.ok ? [...overview.value.refunds.cards].sort((a, b) => b.refundable - a.refundable)[0] : undefined;
            if (best && best.refundable > 0) await f.call(s, 'billing.refund', { cardId: best.cardId, amount: Math.min(best.refundable, 7_31), currency: 'EUR', idempotencyKey: `prop-refund-${++n}` });
          }
          await f.call(s, 'cart.clear');
          for (const c of step.changes) {
            const subs = [...f.store.tables.subscriptions.values()];
            const sub = subs[c.pick % subs.length]!;
            const change: CartChange =
              c.kind === 'add' ? { kind: 'add_seats', subscriptionId: sub.id, seats: c.seats }
              : c.kind === 'remove' ? { kind: 'remove_seats', subscriptionId: sub.id, seats: c.seats }
              : c.kind === 'interval' ? { kind: 'change_interval', subscriptionId: sub.id, interval: sub.interval === 'month' ? 'year' : 'month' }
              : { kind: 'change_plan', subscriptionId: sub.id, planId: sub.planId === 'rs_standard' ? 'rs_premium' : sub.planId === 'bp_basic' ? 'bp_standard' : 'bp_premium' };
            await f.call(s, 'cart.add', { change });
          }
          await f.call(s, 'orders.place', { idempotencyKey: `prop-order-${++n}` });
        }
        const issued = [...f.store.tables.invoices.values()].filter((i) => !before.has(i.id));
        for (const invoice of issued) {
          const { xml } = eInvoiceOf(f.store.tables, invoice);
          expect(brokenRules(xml), `${invoice.number}:\n${xml}`).toEqual([]);
          expect(xmlTotals(xml)).toEqual(expectedTotals(invoice));
          seen.documents++;
          seen.kinds.add(invoice.tax.kind);
          if (invoice.kind === 'credit_note') seen.creditNotes++;
          if (invoice.creditUsed > 0 && invoice.amountPaid > 0) seen.byCredit++;
        }
      }),
      { seed: 20261207, numRuns: 20 },
    );
    console.info(`[einvoice] ${seen.documents} documents validated (${seen.creditNotes} credit notes, ${seen.byCredit} paid partly by credit) in ${Date.now() - started} ms`);
    expect(seen.documents).toBeGreaterThan(60);
    expect(seen.creditNotes).toBeGreaterThan(0);
    expect(seen.byCredit).toBeGreaterThan(0);
    expect([...seen.kinds].sort()).toEqual(['outside_eu', 'reverse_charge', 'standard']);
  }, 60_000);
});
