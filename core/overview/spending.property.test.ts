/** Property: over the window, the monthly spending adds up to the invoices' subtotals issued in it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Invoice, InvoiceLine } from '../model/records.ts';
import { monthKey, monthlySpending, monthWindow } from './spending.ts';

const PRODUCTS = ['remote_support', 'meetings', 'business_phone', 'contact_center'];
const NOW = new Date('2026-11-23T10:00:00Z');
const FROM = new Date('2022-01-01T00:00:00Z').getTime();

const line = fc.record({ productId: fc.constantFrom(...PRODUCTS), amount: fc.integer({ min: -500_000, max: 500_000 }) }).map(
  ({ productId, amount }): InvoiceLine => ({ kind: amount < 0 ? 'credit' : 'charge', subscriptionId: null, productId, planId: 'p', interval: 'month', periodStart: '', periodEnd: '', quantity: 1, unitAmount: amount, amount }),
);

const invoice = fc.record({ at: fc.integer({ min: FROM, max: NOW.getTime() + 40 * 86_400_000 }), lines: fc.array(line, { minLength: 1, maxLength: 4 }) }).map(({ at, lines }, i = 0): Invoice => {
  const subtotal = lines.reduce((sum, l) => sum + l.amount, 0);
  return { id: `inv_${at}_${i}`, number: 'INV', kind: subtotal < 0 ? 'credit_note' : 'invoice', source: 'history', issuedAt: new Date(at).toISOString(), currency: 'EUR', lines, subtotal } as Invoice;
});

describe('monthly spending', () => {
  it('sums to the subtotals of the invoices issued in the window, for every zone and window', () => {
    fc.assert(
      fc.property(fc.array(invoice, { maxLength: 40 }), fc.constantFrom(12, 36), fc.constantFrom('Europe/Paris', 'America/New_York', 'Pacific/Auckland', 'UTC'), (invoices, months, tz) => {
        const { spending } = monthlySpending(invoices, NOW, months, tz, 'EUR');
        const window = new Set(monthWindow(NOW, months, tz));
        const expected = invoices.filter((i) => window.has(monthKey(i.issuedAt, tz))).reduce((sum, i) => sum + i.subtotal, 0);
        expect(spending).toHaveLength(months);
        expect(spending.reduce((sum, m) => sum + m.total, 0)).toBe(expected);
        for (const m of spending) expect(m.total).toBe(m.amounts.reduce((sum, a) => sum + a.amount, 0));
      }),
      { seed: 20261123, numRuns: 200 },
    );
  });

  it('places an invoice issued at the first instant of a month in the zone in that month, one ms before in the month before', () => {
    const at = (issuedAt: string, amount: number) => ({ id: issuedAt, issuedAt, currency: 'EUR', lines: [{ productId: 'meetings', amount }], subtotal: amount }) as Invoice;
    // 1 November 00:00 in Paris is 31 October 23:00 UTC (winter time); 1 April 00:00 is 31 March 22:00 UTC (summer time).
    const invoices = [at('2026-10-31T23:00:00.000Z', 1), at('2026-10-31T22:59:59.999Z', 10), at('2026-03-31T22:00:00.000Z', 100), at('2026-03-31T21:59:59.999Z', 1000), at('2025-11-30T22:59:59.999Z', 10000)];
    const { spending } = monthlySpending(invoices, NOW, 12, 'Europe/Paris', 'EUR');
    const total = (month: string) => spending.find((m) => m.month === month)?.total;
    expect([total('2026-11'), total('2026-10'), total('2026-04'), total('2026-03'), total('2025-12')]).toEqual([1, 10, 100, 1000, 0]);
    expect(spending[0]!.month).toBe('2025-12');
  });

  it('names consecutive months ending with the current one in the zone', () => {
    // 23:30 UTC on 30 Nov is already December in Paris.
    expect(monthWindow(new Date('2026-11-30T23:30:00Z'), 12, 'Europe/Paris')).toEqual([
      '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12',
    ]);
    expect(monthWindow(new Date('2026-03-15T12:00:00Z'), 36, 'UTC')[0]).toBe('2023-04');
  });
});
