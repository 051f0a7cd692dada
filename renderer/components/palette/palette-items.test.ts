import { describe, expect, it } from 'vitest';
import type { OutputOf } from '../../../core/contract.ts';
import { MAX_INVOICES, matchingInvoices } from './matching.ts';

type PaletteInvoice = Extract<OutputOf<'invoices.list'>, { invoices: unknown }>['invoices'][number];

/** Ten years of monthly billing for 20 subscriptions, as the bench's account has. */
const invoices: PaletteInvoice[] = Array.from({ length: 2400 }, (_, i) => ({
  id: `inv_${i}`,
  number: `INV-${2016 + Math.floor(i / 240)}-${String(i % 240).padStart(4, '0')}`,
  kind: i % 50 === 0 ? 'credit_note' : 'invoice',
  source: 'renewal',
  issuedAt: '2026-01-01T00:00:00.000Z',
  currency: 'EUR',
  total: 1000,
  amountDue: 0,
})) as PaletteInvoice[];
const labels = (inv: PaletteInvoice) => [`Open invoice ${inv.number}`, `Print invoice ${inv.number}`];

describe('the palette offers invoices once a search narrows them', () => {
  it('offers none before a search: thousands of items would make every keystroke slow', () => {
    expect(matchingInvoices(invoices, '', labels)).toEqual([]);
    expect(matchingInvoices(invoices, '   ', labels)).toEqual([]);
  });

  it('finds an invoice by its number, whole or in part, and by the words of its items', () => {
    expect(matchingInvoices(invoices, 'INV-2019-0007', labels).map((i) => i.number)).toEqual(['INV-2019-0007']);
    expect(matchingInvoices(invoices, 'print 2019-0007', labels).map((i) => i.number)).toEqual(['INV-2019-0007']);
    expect(matchingInvoices(invoices, 'inv-2025-02', labels).every((i) => i.number.startsWith('INV-2025-02'))).toBe(true);
  });

  it('offers at most MAX_INVOICES however broad the search', () => {
    expect(matchingInvoices(invoices, 'invoice', labels)).toHaveLength(MAX_INVOICES);
    expect(matchingInvoices(invoices, 'INV', labels)).toHaveLength(MAX_INVOICES);
  });
});
