import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TransactionView } from '../schemas/account.ts';
import { TX_SORT_COLUMNS, type TransactionsQuery } from '../schemas/transactions-query.ts';
import { demoFixture, snapshot } from '../testing/fixture.ts';
import { queryTransactions, txLabels } from './transactions-query.ts';
import { transactions } from './transactions.ts';

const tx = (i: number, type: TransactionView['type'], amount: number, balanceAfter: number): TransactionView => ({
  id: `t${i}`,
  type,
  at: new Date(Date.UTC(2026, 0, 1 + i, 12)).toISOString(),
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
const viewer = { language: 'en', timeZone: 'Europe/Paris' } as const;
const ids = (query: TransactionsQuery) => queryTransactions(ROWS, query, viewer).transactions.map((r) => r.id);

describe('The transactions query (filters, order, page) in the core', () => {
  it('sorts by date both ways (newest first by default), by amount, number, and type in the viewer’s words', () => {
    expect(ids(undefined)).toEqual(['t3', 't2', 't1', 't0']);
    expect(ids({ sort: { column: 'date', desc: false } })).toEqual(['t0', 't1', 't2', 't3']);
    expect(ids({ sort: { column: 'amount', desc: false } })).toEqual(['t1', 't2', 't3', 't0']);
    expect(ids({ sort: { column: 'number', desc: false } })).toEqual(['t3', 't2', 't1', 't0']);
    // English: Credit note, Invoice, Payment, Refund; German: Gutschrift, Rechnung, Rückerstattung, Zahlung.
    expect(ids({ sort: { column: 'type', desc: false } })).toEqual(['t2', 't0', 't1', 't3']);
    const german = queryTransactions(ROWS, { sort: { column: 'type', desc: false } }, { ...viewer, language: 'de' }).transactions.map((r) => r.id);
    const words = txLabels('de');
    expect(german.map((id) => words.type(ROWS.find((r) => r.id === id)!.type))).toEqual([...german.map((id) => words.type(ROWS.find((r) => r.id === id)!.type))].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));
  });

  it('filters by type, status, period, number and amount; each row keeps the balance of the date order', () => {
    expect(ids({ types: ['refund'] })).toEqual(['t3']);
    expect(ids({ types: ['refund', 'credit_note'] })).toEqual(['t3', 't2']);
    expect(ids({ status: 'paid' })).toEqual(['t0']);
    expect(ids({ from: '2026-01-02', to: '2026-01-03', sort: { column: 'date', desc: false } })).toEqual(['t1', 't2']);
    expect(ids({ query: 'inv-2026-000099' })).toEqual(['t1']);
    expect(ids({ query: '12,34' })).toEqual(['t3']);
    expect(ids({ query: '100', sort: { column: 'date', desc: false } })).toEqual(['t0', 't1']);
    expect(ids({ query: '-100' })).toEqual(['t1']);
    const sorted = queryTransactions(ROWS, { sort: { column: 'amount', desc: true } }, viewer).transactions;
    expect(sorted.map((r) => r.balanceAfter)).toEqual([10_000, -1_266, -2_500, 0]);
  });

  it('reads a day in the viewer’s time zone: 23:30 UTC on 1 January is 2 January in Paris, still 1 January in New York', () => {
    const late = [{ ...ROWS[0]!, at: '2026-01-01T23:30:00.000Z' }];
    expect(queryTransactions(late, { from: '2026-01-02', to: '2026-01-02' }, viewer).matching).toBe(1);
    expect(queryTransactions(late, { from: '2026-01-02', to: '2026-01-02' }, { ...viewer, timeZone: 'America/New_York' }).matching).toBe(0);
  });

  it('pages through every row the filters keep exactly once, in the order asked, the money adding up to the minor unit (property)', () => {
    const type = fc.constantFrom<TransactionView['type']>('invoice', 'credit_note', 'payment', 'failed_payment', 'credit_applied', 'refund');
    const row = fc.record({ type, amount: fc.integer({ min: -500_000, max: 500_000 }), day: fc.integer({ min: 0, max: 60 }), minute: fc.integer({ min: 0, max: 1439 }), status: fc.constantFrom<TransactionView['status']>('paid', 'open', 'credited', 'succeeded', 'failed', 'applied') });
    const dayOf = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
    const query = fc.record(
      {
        types: fc.subarray(['invoice', 'credit_note', 'payment', 'failed_payment', 'credit_applied', 'refund'] as TransactionView['type'][]),
        status: fc.constantFrom<TransactionView['status']>('paid', 'open', 'succeeded'),
        from: fc.integer({ min: 0, max: 60 }).map(dayOf),
        to: fc.integer({ min: 0, max: 60 }).map(dayOf),
        sort: fc.record({ column: fc.constantFrom(...TX_SORT_COLUMNS), desc: fc.boolean() }),
      },
      { requiredKeys: ['sort'] },
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 120 }), query, fc.integer({ min: 1, max: 40 }), (specs, q, limit) => {
        let balance = 0;
        const rows = specs
          .map((s, i) => ({ ...s, at: new Date(Date.UTC(2026, 0, 1 + s.day) + s.minute * 60_000).toISOString(), i }))
          .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.i - b.i))
          .map((s, i): TransactionView => ({ ...tx(i, s.type, s.amount, (balance += s.amount)), at: s.at, status: s.status, number: `N-${String(i).padStart(4, '0')}` }));
        const all = queryTransactions(rows, { ...q, limit: 1000 }, viewer);
        const pages: TransactionView[] = [];
        for (let offset = 0; offset < all.matching; offset += limit) {
          const page = queryTransactions(rows, { ...q, offset, limit }, viewer);
          expect(page.matching).toBe(all.matching);
          expect(page.offset).toBe(offset);
          pages.push(...page.transactions);
        }
        // The pages are the whole answer, each row once, in its order.
        expect(pages.map((r) => r.id)).toEqual(all.transactions.map((r) => r.id));
        expect(new Set(pages.map((r) => r.id)).size).toBe(pages.length);
        // Exactly the rows a plain filter keeps (the viewer is in Paris: a day is read there).
        const paris = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
        const kept = rows.filter((r) => (!q.types?.length || q.types.includes(r.type)) && (!q.status || r.status === q.status) && (!q.from || paris.format(new Date(r.at)) >= q.from) && (!q.to || paris.format(new Date(r.at)) <= q.to));
        expect([...pages.map((r) => r.id)].sort()).toEqual(kept.map((r) => r.id).sort());
        // Their money adds up to the minor unit, and each row keeps its running balance.
        expect(pages.reduce((sum, r) => sum + r.amount, 0)).toBe(kept.reduce((sum, r) => sum + r.amount, 0));
        for (const r of pages) expect(r.balanceAfter).toBe(rows.find((x) => x.id === r.id)!.balanceAfter);
        // In the order asked: a sorted column never goes backwards (ties in the date order).
        if (q.sort.column === 'amount') {
          const amounts = pages.map((r) => r.amount);
          expect(amounts).toEqual([...amounts].sort((a, b) => (q.sort.desc ? b - a : a - b)));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('answers a billing viewer through the channel, one page of the list; a plain user gets nothing and nothing changes', async () => {
    const f = await demoFixture();
    const claire = await f.signIn('Claire');
    const every = transactions(f.store.tables);
    const page = await f.call(claire, 'transactions.query', { limit: 3 });
    expect(page.ok && page.value.total).toBe(every.length);
    expect(page.ok && page.value.transactions.map((r) => r.id)).toEqual(every.slice(-3).reverse().map((r) => r.id));
    const tom = await f.signIn('Tom');
    const before = snapshot(f.store);
    expect(await f.call(tom, 'transactions.query', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(snapshot(f.store)).toBe(before);
  });
});
