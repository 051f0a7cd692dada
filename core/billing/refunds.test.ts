/** Refunds of the credit balance to a card (core/billing/refunds.ts): who may, how much, and what a decline leaves. */
import { describe, expect, it } from 'vitest';
import type { SessionState } from '../app/handler.ts';
import { createOfflineGateway } from '../adapters/offline-gateway.ts';
import { put } from '../model/changes.ts';
import { MemoryStore } from '../store/memory-store.ts';
import { demoFixture, snapshot, type Fixture } from '../testing/fixture.ts';
import { assignedCount } from './views.ts';
import { plain } from '../testing/audit-plain.ts';

/** Removes free Meetings seats (co-term: a credit note for the time left) so the account holds credit. */
async function withCredit(f: Fixture, s: SessionState): Promise<number> {
  const sub = [...f.store.tables.subscriptions.values()].find((x) => x.planId === 'mt_business')!;
  const free = sub.seats - assignedCount(f.store.tables, sub.productId);
  expect(free).toBeGreaterThanOrEqual(2);
  expect((await f.call(s, 'cart.add', { change: { kind: 'remove_seats', subscriptionId: sub.id, seats: 2 } })).ok).toBe(true);
  const order = await f.call(s, 'orders.place', { idempotencyKey: 'refund-test-order' });
  expect(order.ok).toBe(true);
  const credit = f.store.tables.account.get('account')!.creditBalance;
  expect(credit).toBeGreaterThan(0);
  return credit;
}

const cardId = (f: Fixture) => [...f.store.tables.cards.values()].find((c) => c.isDefault)!.id;
const key = (n: number) => `refund-key-${n}`;

describe('billing.refund', () => {
  it('sends part of the credit back to the card, lowers the balance, and audits and emails it', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const credit = await withCredit(f, s);
    const overview = await f.call(s, 'billing.overview');
    expect(overview.ok && overview.value.refunds.available).toBe(credit);

    const result = await f.call(s, 'billing.refund', { cardId: cardId(f), amount: 500, currency: 'EUR', idempotencyKey: key(1) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ amount: 500, currency: 'EUR', card: { brand: 'visa', last4: '4242' }, creditBalance: credit - 500 });
    expect(result.value.options.available).toBe(credit - 500);
    expect(f.store.tables.account.get('account')!.creditBalance).toBe(credit - 500);
    expect([...f.store.tables.audit.values()].some((a) => a.action === 'billing.refund_issued' && plain(a.after)?.refunded === '500 EUR')).toBe(true);
    const email = f.mailer.sent.at(-1)!;
    expect(email.template).toBe('refund_issued');
    expect(email.body).toContain('€5.00');
    expect(email.body).toContain('visa •••• 4242');

    // The transaction list shows it as a refund, and the balance rises by what went back.
    const list = await f.call(s, 'transactions.list');
    const rows = list.ok ? list.value.transactions : [];
    const i = rows.findIndex((r) => r.type === 'refund');
    expect(rows[i]).toMatchObject({ amount: 500, status: 'succeeded', detail: 'visa •••• 4242' });
    // Made at the instant of the credit note (the clock is fixed), it still comes after it.
    expect(i).toBe(rows.length - 1);
    expect(rows[i - 1]!.type).toBe('credit_note');
    expect(rows[i]!.balanceAfter).toBe(rows[i - 1]!.balanceAfter + 500);
    // The invoice it points to stays paid: a refund returns credit, it reopens nothing.
    const pending = await f.call(s, 'payments.pending');
    expect(pending.ok && pending.value.total).toBe(0);
  });

  it('is idempotent: the same key refunds once', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const credit = await withCredit(f, s);
    const input = { cardId: cardId(f), amount: 300, currency: 'EUR', idempotencyKey: key(2) };
    const [a, b] = [await f.call(s, 'billing.refund', input), await f.call(s, 'billing.refund', input)];
    expect(a.ok && b.ok && a.value.id === b.value.id).toBe(true);
    expect(f.store.tables.account.get('account')!.creditBalance).toBe(credit - 300);
    expect([...f.store.tables.payments.values()].filter((p) => p.amount < 0)).toHaveLength(1);
  });

  it('refuses more than the credit balance, more than the card paid, another currency, or no credit — changing nothing', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const before = snapshot(f.store);
    const none = await f.call(s, 'billing.refund', { cardId: cardId(f), amount: 100, currency: 'EUR', idempotencyKey: key(3) });
    expect(!none.ok && none.error).toMatchObject({ code: 'conflict', key: 'errors.refund.noCredit' });
    expect(snapshot(f.store)).toBe(before);

    const credit = await withCredit(f, s);
    const after = snapshot(f.store);
    const tooMuch = await f.call(s, 'billing.refund', { cardId: cardId(f), amount: credit + 1, currency: 'EUR', idempotencyKey: key(4) });
    expect(!tooMuch.ok && tooMuch.error).toMatchObject({ code: 'invalid_input', key: 'errors.refund.beyondCredit' });
    expect(!tooMuch.ok && tooMuch.error.message).toContain('€');
    const dollars = await f.call(s, 'billing.refund', { cardId: cardId(f), amount: 100, currency: 'USD', idempotencyKey: key(5) });
    expect(!dollars.ok && dollars.error.key).toBe('errors.refund.currency');
    const unknown = await f.call(s, 'billing.refund', { cardId: 'card_nope', amount: 100, currency: 'EUR', idempotencyKey: key(6) });
    expect(!unknown.ok && unknown.error.code).toBe('not_found');

    // A card that never paid anything can take nothing back.
    f.store.tables.cards.set('card_new', { id: 'card_new', brand: 'mastercard', last4: '4444', expMonth: 1, expYear: 2031, holder: 'Claire Dubois', token: 'tok_ok_4444_9', isDefault: false, createdAt: f.clock.now().toISOString() });
    const unpaid = await f.call(s, 'billing.refund', { cardId: 'card_new', amount: 100, currency: 'EUR', idempotencyKey: key(7) });
    expect(!unpaid.ok && unpaid.error).toMatchObject({ code: 'invalid_input', key: 'errors.refund.beyondPaid', params: { max: '€0.00' } });
    f.store.tables.cards.delete('card_new');
    expect(snapshot(f.store)).toBe(after);
  });

  it('caps a card at what it paid net of earlier refunds', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    await withCredit(f, s);
    const card = f.store.tables.cards.get(cardId(f))!;
    // Only 4.00 was ever paid with this card: the rest of the credit came from elsewhere.
    for (const [id, p] of f.store.tables.payments) f.store.tables.payments.set(id, { ...p, method: 'amex •••• 0005' });
    await f.store.commit([put('payments', 'pay_small', { id: 'pay_small', invoiceId: [...f.store.tables.invoices.keys()][0]!, at: f.clock.now().toISOString(), amount: 400, currency: 'EUR', method: `${card.brand} •••• ${card.last4}`, status: 'succeeded' })]);
    expect((await f.call(s, 'billing.refund', { cardId: card.id, amount: 300, currency: 'EUR', idempotencyKey: key(8) })).ok).toBe(true);
    const again = await f.call(s, 'billing.refund', { cardId: card.id, amount: 101, currency: 'EUR', idempotencyKey: key(9) });
    expect(!again.ok && again.error).toMatchObject({ key: 'errors.refund.beyondPaid', params: { max: '€1.00' } });
  });

  it('is refused while charges are pending', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    await withCredit(f, s);
    const invoice = [...f.store.tables.invoices.values()].find((i) => i.kind === 'invoice')!;
    // The invoice's payments disappear: it is open again.
    for (const [id, p] of f.store.tables.payments) if (p.invoiceId === invoice.id) f.store.tables.payments.delete(id);
    const overview = await f.call(s, 'billing.overview');
    expect(overview.ok && overview.value.refunds).toMatchObject({ available: 0, blockedBy: 'pending_charges' });
    const result = await f.call(s, 'billing.refund', { cardId: cardId(f), amount: 100, currency: 'EUR', idempotencyKey: key(10) });
    expect(!result.ok && result.error).toMatchObject({ code: 'conflict', key: 'errors.refund.pendingCharges' });
  });

  it('leaves everything unchanged when the gateway declines, with the reason in the actor’s language', async () => {
    const gateway = createOfflineGateway();
    gateway.refund = async () => ({ ok: false, reason: 'card_declined' });
    const f = await demoFixture(new MemoryStore(), { gateway });
    const s = await f.signIn('Claire');
    const hannah = await f.signIn('Hannah');
    await f.call(hannah, 'me.updatePersonal', { ...personal(f, 'Hannah'), language: 'fr' });
    await withCredit(f, s);
    const before = snapshot(f.store);
    const declined = await f.call(s, 'billing.refund', { cardId: cardId(f), amount: 100, currency: 'EUR', idempotencyKey: key(11) });
    expect(!declined.ok && declined.error).toMatchObject({ code: 'conflict', key: 'errors.refund.declined.card_declined' });
    expect(!declined.ok && declined.error.message).toMatch(/Nothing was refunded/);
    const fr = await f.call(hannah, 'billing.refund', { cardId: cardId(f), amount: 100, currency: 'EUR', idempotencyKey: key(12) });
    expect(!fr.ok && fr.error.message).toMatch(/Rien n'a été remboursé/);
    expect(snapshot(f.store)).toBe(before);
  });

  it('is for billing contacts only: administrators, licence managers and offline accounts are refused', async () => {
    const f = await demoFixture();
    const claire = await f.signIn('Claire');
    await withCredit(f, claire);
    const others = [await f.signIn('Marco'), await f.signIn('Jan')];
    const before = snapshot(f.store);
    for (const s of others) {
      const result = await f.call(s, 'billing.refund', { cardId: cardId(f), amount: 100, currency: 'EUR', idempotencyKey: key(13) });
      expect(!result.ok && result.error.code).toBe('forbidden');
    }
    const account = f.store.tables.account.get('account')!;
    await f.store.commit([put('account', 'account', { ...account, billingMode: 'offline' })]);
    const offline = await f.call(claire, 'billing.refund', { cardId: cardId(f), amount: 100, currency: 'EUR', idempotencyKey: key(14) });
    expect(!offline.ok && offline.error.code).toBe('forbidden');
    await f.store.commit([put('account', 'account', account)]);
    expect(snapshot(f.store)).toBe(before);
    // Hannah, a user who is a billing contact, may.
    const hannah = await f.signIn('Hannah');
    expect((await f.call(hannah, 'billing.refund', { cardId: cardId(f), amount: 100, currency: 'EUR', idempotencyKey: key(15) })).ok).toBe(true);
  });
});

function personal(f: Fixture, first: string) {
  const user = f.store.tables.users.get(f.userId(first))!;
  return { firstName: user.firstName, lastName: user.lastName, phone: user.phone, language: user.language, timeZone: user.timeZone };
}
