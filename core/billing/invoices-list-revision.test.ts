/**
 * invoices.list's revision: a caller that sends the revision it holds is told "unchanged" only while the
 * list is what it holds. The list is made of the invoices and the payments (what is still due) and of
 * no clock. Checked on the tables under any sequence of writes (puts, deletes, clears, a table swapped
 * for another, writes elsewhere), and through the core: an order placed, a refund, reads in between.
 * Also: subscriptions.list counts each product's holders once for the whole list, as before per line.
 */
import fc from 'fast-check';
import { elsewhere, expectRevisionFollowsAnswer } from '../testing/revision-property.ts';
import { describe, expect, it } from 'vitest';
import { emptyTables, del, put, type Change } from '../model/changes.ts';
import type { Invoice, Payment } from '../model/records.ts';
import { invoicesListInput, invoicesListOutput } from '../schemas/billing.ts';
import { demoFixture } from '../testing/fixture.ts';
import { assignedCount, invoicesListRevision, listInvoices } from './views.ts';

const SEED = 20261208;

describe('invoices.list: contract', () => {
  it('takes an optional revision and answers the list or "unchanged", nothing else', () => {
    expect(invoicesListInput.safeParse(undefined).success).toBe(true);
    expect(invoicesListInput.safeParse({}).success).toBe(true);
    expect(invoicesListInput.safeParse({ since: '1.2' }).success).toBe(true);
    expect(invoicesListInput.safeParse({ since: 3 }).success).toBe(false);
    expect(invoicesListInput.safeParse({ since: '1', more: true }).success).toBe(false);
    expect(invoicesListOutput.safeParse({ revision: '1.2', unchanged: true }).success).toBe(true);
    expect(invoicesListOutput.safeParse({ revision: '1.2', invoices: [] }).success).toBe(true);
    expect(invoicesListOutput.safeParse({ revision: '1.2', unchanged: false }).success).toBe(false);
    expect(invoicesListOutput.safeParse({ revision: '1.2', unchanged: true, invoices: [] }).success).toBe(false);
  });
});

describe('invoices.list: revision through the core', () => {
  it('answers "unchanged" while nothing changed, the list once an order or a refund changed it', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const whole = async () => {
      const listed = await f.call(s, 'invoices.list');
      if (!listed.ok || !('invoices' in listed.value)) throw new Error('no list');
      return listed.value;
    };
    const first = await whole();
    const { revision } = first;
    // Reads, and writes to other tables (a licence given), keep it.
    await f.call(s, 'overview.get', { months: 12 });
    await f.call(s, 'licences.apply', { userIds: [f.userId('Hannah')], assign: [{ productId: 'remote_support', features: {} }], remove: [], alsoRemoveFromQueues: false, notify: false });
    expect(await f.call(s, 'invoices.list', { since: revision })).toEqual({ ok: true, value: { revision, unchanged: true } });
    // An order placed adds an invoice (and its payment).
    const sub = [...f.store.tables.subscriptions.values()][0]!;
    expect((await f.call(s, 'cart.add', { change: { kind: 'add_seats', subscriptionId: sub.id, seats: 2 } })).ok).toBe(true);
    const order = await f.call(s, 'orders.place', { idempotencyKey: 'revision-order' });
    if (!order.ok) throw new Error(order.error.message);
    const after = await f.call(s, 'invoices.list', { since: revision });
    if (!after.ok || !('invoices' in after.value)) throw new Error('a changed list was reported unchanged');
    expect(after.value.revision).not.toBe(revision);
    expect(after.value.invoices.length).toBe(first.invoices.length + 1);
    expect(after.value.invoices).toEqual(listInvoices(f.store.tables));
    // A revision this core never gave is not "unchanged" either.
    const foreign = await f.call(s, 'invoices.list', { since: 'not-a-revision' });
    expect(foreign.ok && 'invoices' in foreign.value).toBe(true);
  });

  it('tells someone without View billing nothing, whatever revision they send', async () => {
    const f = await demoFixture();
    const admin = await f.signIn('Claire');
    const listed = await f.call(admin, 'invoices.list');
    if (!listed.ok) throw new Error('no list');
    const plain = await f.signIn('Tom');
    expect(await f.call(plain, 'invoices.list', { since: listed.value.revision })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('sends the list whole when a table keeps no stamp', () => {
    const tables = emptyTables();
    expect(invoicesListRevision(tables)).not.toBeNull();
    expect(invoicesListRevision({ ...tables, payments: new Map() })).toBeNull();
  });

  it('subscriptions.list: each line counts the product holders as assignedCount does', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    await f.call(s, 'licences.apply', { userIds: [f.userId('Hannah')], assign: [{ productId: 'remote_support', features: {} }], remove: [], alsoRemoveFromQueues: false, notify: false });
    const listed = await f.call(s, 'subscriptions.list');
    if (!listed.ok) throw new Error('no list');
    expect(listed.value.subscriptions.length).toBeGreaterThan(0);
    for (const sub of listed.value.subscriptions) expect(sub.assigned, sub.productId).toBe(assignedCount(f.store.tables, sub.productId));
  });
});

// --- The tables under any writes -------------------------------------------------------------

const invoiceIds = ['i1', 'i2', 'i3'];
const paymentIds = ['p1', 'p2', 'p3'];

const invoice = (id: string, v: { n: number; total: number; credit: boolean }): Invoice =>
  ({ id, number: `INV-2026-00000${v.n}`, kind: v.credit ? 'credit_note' : 'invoice', source: 'order', issuedAt: '2026-01-01T00:00:00.000Z', currency: 'EUR', total: v.total, creditUsed: 0 }) as unknown as Invoice;

const payment = (id: string, v: { invoiceId: string; amount: number; ok: boolean }): Payment => ({
  id,
  invoiceId: v.invoiceId,
  at: '2026-01-02T00:00:00.000Z',
  amount: v.amount,
  currency: 'EUR',
  method: 'card',
  status: v.ok ? 'succeeded' : 'failed',
});

const write = fc.oneof(
  fc.record({ kind: fc.constant('invoice' as const), id: fc.constantFrom(...invoiceIds), n: fc.nat({ max: 5 }), total: fc.constantFrom(0, 100, 250), credit: fc.boolean() }),
  fc.record({ kind: fc.constant('payment' as const), id: fc.constantFrom(...paymentIds), invoiceId: fc.constantFrom(...invoiceIds), amount: fc.constantFrom(-50, 50, 100, 250), ok: fc.boolean() }),
  fc.record({ kind: fc.constant('del' as const), coll: fc.constantFrom('invoices' as const, 'payments' as const), id: fc.constantFrom(...invoiceIds, ...paymentIds) }),
  fc.record({ kind: fc.constant('other' as const), id: fc.constantFrom('n1', 'n2') }),
  fc.record({ kind: fc.constant('clear' as const), coll: fc.constantFrom('invoices' as const, 'payments' as const) }),
  fc.record({ kind: fc.constant('swap' as const), coll: fc.constantFrom('invoices' as const, 'payments' as const) }),
);
type Write = typeof write extends fc.Arbitrary<infer T> ? T : never;

function changeOf(w: Write): Change | null {
  switch (w.kind) {
    case 'invoice':
      return put('invoices', w.id, invoice(w.id, w));
    case 'payment':
      return put('payments', w.id, payment(w.id, w));
    case 'del':
      return del(w.coll, w.id);
    case 'other':
      return elsewhere(w.id);
    default:
      return null;
  }
}

describe('invoices.list: revision (property)', () => {
  it('changes whenever the list changes, and stays while nothing was written to what the list reads', () => {
    expectRevisionFollowsAnswer({
      writes: write,
      toWrite: (w) => changeOf(w) ?? (w.kind === 'clear' || w.kind === 'swap' ? { kind: w.kind, coll: w.coll } : null),
      unrelated: (w) => w.kind === 'other',
      answer: listInvoices,
      revision: invoicesListRevision,
      seed: SEED,
    });
  });
});
