import { describe, expect, it } from 'vitest';
import type { Filters, Transaction } from './store.ts';
import { buildTxIndex, visibleTx, type TxSort } from './tx-index.ts';

const tx = (i: number, type: Transaction['type'], amount: number, balanceAfter: number): Transaction => ({
  id: `t${i}`,
  type,
  at: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
  number: `INV-2026-${String(100 - i).padStart(6, '0')}`,
  invoiceId: `inv${i}`,
  amount,
  attempted: null,
  currency: 'EUR',
  status: type === 'invoice' ? 'paid' : 'succeeded',
  detail: type === 'invoice' ? 'order' : 'visa •••• 4242',
  purchaseOrder: '',
  balanceAfter,
});
// An invoice, its payment, a credit note, then a refund of that credit: the core's running balance.
const ROWS = [tx(0, 'invoice', 10_000, 10_000), tx(1, 'payment', -10_000, 0), tx(2, 'credit_note', -2_500, -2_500), tx(3, 'refund', 1_234, -1_266)];
const labels = { type: (t: string) => t.toUpperCase(), status: (s: string) => s, detail: (r: Transaction) => r.detail };
const none: Filters = { types: [], status: '', from: '', to: '', query: '' };
const ids = (positions: Uint32Array) => Array.from(positions, (i) => ROWS[i]!.id);

describe('the transactions index', () => {
  const index = buildTxIndex(ROWS, labels, (iso) => iso.slice(0, 10));
  const by = (sort: TxSort, filters: Filters = none) => ids(visibleTx(index, filters, sort));

  it('sorts by date both ways, and by amount, number and type', () => {
    expect(by({ column: 'date', desc: true })).toEqual(['t3', 't2', 't1', 't0']);
    expect(by({ column: 'date', desc: false })).toEqual(['t0', 't1', 't2', 't3']);
    expect(by({ column: 'amount', desc: false })).toEqual(['t1', 't2', 't3', 't0']);
    expect(by({ column: 'number', desc: false })).toEqual(['t3', 't2', 't1', 't0']);
    expect(by({ column: 'type', desc: false })).toEqual(['t2', 't0', 't1', 't3']);
  });

  it('filters by type, status, period, number and amount; each row keeps the balance of the date order', () => {
    expect(by({ column: 'date', desc: true }, { ...none, types: ['refund'] })).toEqual(['t3']);
    expect(by({ column: 'date', desc: true }, { ...none, types: ['refund', 'credit_note'] })).toEqual(['t3', 't2']);
    expect(by({ column: 'date', desc: false }, { ...none, status: 'paid' })).toEqual(['t0']);
    expect(by({ column: 'date', desc: false }, { ...none, from: '2026-01-02', to: '2026-01-03' })).toEqual(['t1', 't2']);
    expect(by({ column: 'date', desc: false }, { ...none, query: 'inv-2026-000099' })).toEqual(['t1']);
    expect(by({ column: 'date', desc: false }, { ...none, query: '12,34' })).toEqual(['t3']);
    expect(by({ column: 'date', desc: false }, { ...none, query: '100' })).toEqual(['t0', 't1']);
    expect(by({ column: 'date', desc: false }, { ...none, query: '-100' })).toEqual(['t1']);
    const sorted = visibleTx(index, none, { column: 'amount', desc: true });
    expect(Array.from(sorted, (i) => index.rows[i]!.balanceAfter)).toEqual([10_000, -1_266, -2_500, 0]);
  });
});
