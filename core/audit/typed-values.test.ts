/** Each command records what its values are: money with its currency, a card's expiry, products by name, people by name. */
import { describe, expect, it } from 'vitest';
import type { CommandContext, SessionState } from '../app/handler.ts';
import type { AuditEntry } from '../model/records.ts';
import { auditValuesSchema, type AuditValue } from '../schemas/audit-value.ts';
import { demoFixture, type Fixture } from '../testing/fixture.ts';
import { auditChange } from './record.ts';
import { readEntry } from './read.ts';
import { text } from './values.ts';

const newest = (f: Fixture, action: string) => [...f.store.tables.audit.values()].filter((e) => e.action === action).at(-1);

async function listed(f: Fixture, s: SessionState, action: string) {
  const result = await f.call(s, 'audit.list', { kind: action, limit: 5 });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.entries[0];
}

describe('typed audit values', () => {
  it('an order records its total and amount due as money with the currency, and its invoice by number', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const sub = [...f.store.tables.subscriptions.values()][0]!;
    expect((await f.call(s, 'cart.add', { change: { kind: 'add_seats', subscriptionId: sub.id, seats: 2 } })).ok).toBe(true);
    const order = await f.call(s, 'orders.place', { idempotencyKey: 'typed-order' });
    if (!order.ok) throw new Error(order.error.message);
    const entry = newest(f, 'order.placed')!;
    const invoice = f.store.tables.invoices.get(order.value.invoiceId!)!;
    expect(entry.after).toEqual({
      invoice: { kind: 'ref', ref: 'invoice', id: invoice.id, name: invoice.number },
      total: { kind: 'money', amount: order.value.total, currency: order.value.currency },
      amountDue: { kind: 'money', amount: order.value.amountDue, currency: order.value.currency },
      lines: { kind: 'number', value: 1 },
    });
    expect((await listed(f, s, 'order.placed'))?.after).toEqual(entry.after);
  });

  it('a card records its brand, last four digits and expiry as one value', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const added = await f.call(s, 'cards.add', { number: '5555 5555 5555 4444', expMonth: 3, expYear: 2028, cvc: '123', holder: 'Claire Dubois' });
    expect(added.ok).toBe(true);
    expect(newest(f, 'card.added')?.after).toEqual({ brand: { kind: 'enum', of: 'cardBrand', value: 'mastercard' }, last4: { kind: 'text', text: '4444' }, expiry: { kind: 'expiry', month: 3, year: 2028 } });
  });

  it('a licence change records the products by name with the features switched on', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const hannah = f.userId('Hannah');
    const change = { userIds: [hannah], assign: [{ productId: 'remote_support', features: { session_recording: true, unattended_access: false } }], remove: [], alsoRemoveFromQueues: false, notify: false };
    expect((await f.call(s, 'licences.apply', change)).ok).toBe(true);
    const after = newest(f, 'user.products.changed')?.after?.products as AuditValue | undefined;
    expect(after).toMatchObject({ kind: 'products' });
    expect(after?.kind === 'products' && after.items.find((p) => p.id === 'remote_support')).toEqual({ id: 'remote_support', name: 'Remote Support', features: ['session_recording'] });
  });

  it('a user’s personal info records the language and time zone as enums, an empty phone as none', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    await f.call(s, 'me.updatePersonal', { firstName: 'Claire', lastName: 'Dubois', phone: '+33 1 23 45 67 89', language: 'de', timeZone: 'Europe/Berlin' });
    const entry = newest(f, 'user.personal_info.updated')!;
    expect(entry.before).toMatchObject({ phone: null, language: { kind: 'enum', of: 'language', value: 'en' }, timeZone: { kind: 'enum', of: 'timeZone', value: 'Europe/Paris' } });
    expect(entry.after?.phone).toEqual({ kind: 'text', text: '+33 1 23 45 67 89' });
  });

  it('every value every command records is typed and listed for its record type', async () => {
    const f = await demoFixture();
    for (const entry of f.store.tables.audit.values()) {
      expect(auditValuesSchema.safeParse(entry.before).success && auditValuesSchema.safeParse(entry.after).success, entry.action).toBe(true);
    }
  });

  it('keeps only the fields the record type lists: a field nobody listed is never recorded', async () => {
    const ctx = { ports: { ids: { next: () => 'aud_1' } }, now: new Date('2026-11-23T10:00:00.000Z'), actor: undefined } as unknown as CommandContext;
    const change = auditChange(ctx, 'user.personal_info.updated', { type: 'user', id: 'usr_x' }, null, { phone: text('1'), passwordHash: text('secret'), recoveryCode: text('secret') });
    expect(change.op === 'put' && change.value).toMatchObject({ after: { phone: { kind: 'text', text: '1' } } });
    expect(JSON.stringify(change)).not.toContain('secret');
  });
});

describe('old entries, untyped, read by their record type', () => {
  const old = (targetType: string, action: string, after: Record<string, unknown>): AuditEntry => ({ id: `aud_old_${action}`, at: '2026-01-01T00:00:00.000Z', actorId: null, action, targetType, targetId: 'x', before: null, after });

  it('reads minor units as money in the account’s currency, a card’s expiry as one value, products and members by name', async () => {
    const f = await demoFixture();
    const tables = f.store.tables;
    const tom = f.userId('Tom');
    expect(readEntry(tables, old('order', 'order.placed', { invoice: 'INV-OLD-1', total: 29420, amountDue: 29420, lines: 2 })).after).toEqual({
      invoice: { kind: 'ref', ref: 'invoice', id: '', name: 'INV-OLD-1' },
      total: { kind: 'money', amount: 29420, currency: 'EUR' },
      amountDue: { kind: 'money', amount: 29420, currency: 'EUR' },
      lines: { kind: 'number', value: 2 },
    });
    expect(readEntry(tables, old('card', 'card.added', { brand: 'visa', last4: '4242', expMonth: 12, expYear: 2028 })).after).toEqual({
      brand: { kind: 'enum', of: 'cardBrand', value: 'visa' },
      last4: { kind: 'text', text: '4242' },
      expiry: { kind: 'expiry', month: 12, year: 2028 },
    });
    const products = readEntry(tables, old('user', 'user.products.changed', { products: [{ productId: 'remote_support', features: { session_recording: true }, assignedAt: '2026-01-01T00:00:00.000Z' }, 'meetings'] })).after;
    expect(products).toEqual({ products: { kind: 'products', items: [{ id: 'remote_support', name: 'Remote Support', features: ['session_recording'] }, { id: 'meetings', name: 'Meetings', features: [] }] } });
    expect(readEntry(tables, old('queue', 'queue.members.removed', { members: [{ userId: tom, role: 'agent' }] })).after).toEqual({ members: { kind: 'list', items: [{ kind: 'ref', ref: 'user', id: tom, name: 'Tom Walker', as: 'agent' }] } });
  });

  it('leaves out fields nobody listed and what fits no kind: never an object, never raw minor units', async () => {
    const f = await demoFixture();
    const read = readEntry(f.store.tables, old('account', 'billing.refund_issued', { creditBalance: 1000, refunded: { weird: true }, passwordHash: 'x', n: 3 }));
    expect(read.after).toEqual({ creditBalance: { kind: 'money', amount: 1000, currency: 'EUR' } });
    expect(readEntry(f.store.tables, old('mystery', 'mystery.done', { total: 100 })).after).toEqual({});
  });
});
