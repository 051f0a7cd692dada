import { describe, expect, it } from 'vitest';
import { put } from '../model/changes.ts';
import { demoFixture, snapshot, type Fixture } from '../testing/fixture.ts';

const card = (number: string, extra: Partial<{ expMonth: number; expYear: number; holder: string; makeDefault: boolean }> = {}) => ({
  number,
  expMonth: 12,
  expYear: 2028,
  cvc: number.startsWith('37') ? '1234' : '123',
  holder: 'Claire Dubois',
  ...extra,
});

/** Leaves a pending payment: the default card's charges fail, and a renewal falls due. */
async function withPending(f: Fixture) {
  const demo = f.store.tables.cards.get('card_demo')!;
  await f.store.commit([put('cards', demo.id, { ...demo, token: 'tok_fail_later_0341_9' })]);
  f.clock.current = new Date('2026-12-05T10:00:00.000Z');
  await f.core.renewDue();
}

describe('adding a card already on file', () => {
  it('adds no duplicate: the same number (the gateway fingerprint) is the card on file, whatever is typed around it', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const first = await f.call(s, 'cards.add', card('5555 5555 5555 4444'));
    expect(first.ok && first.value.alreadyOnFile).toBe(false);
    const before = snapshot(f.store);
    const again = await f.call(s, 'cards.add', card('5555-5555-5555-4444', { expMonth: 3, expYear: 2029, holder: 'C. Dubois' }));
    expect(again.ok && again.value).toMatchObject({ alreadyOnFile: true, cardId: first.ok ? first.value.cardId : '' });
    expect(snapshot(f.store)).toBe(before);
    // The demo card (4242) is on file from the start: typing it again adds nothing either.
    const demo = await f.call(s, 'cards.add', card('4242 4242 4242 4242'));
    expect(demo.ok && [demo.value.alreadyOnFile, demo.value.cardId, demo.value.cards.length]).toEqual([true, 'card_demo', 2]);
    expect(f.store.tables.cards.size).toBe(2);
  });

  it('makes the existing card the default when asked, still without a second one', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const added = await f.call(s, 'cards.add', card('5555 5555 5555 4444'));
    const id = added.ok ? added.value.cardId : '';
    const again = await f.call(s, 'cards.add', card('5555555555554444', { makeDefault: true }));
    expect(again.ok && again.value.cards.map((c) => [c.id, c.isDefault])).toEqual([[id, true], ['card_demo', false]]);
  });
});

describe('editing a card on file', () => {
  it('changes its expiry and holder, audited, and checks them as when adding', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const before = snapshot(f.store);
    const past = await f.call(s, 'cards.update', { id: 'card_demo', expMonth: 1, expYear: 2020, holder: ' ' });
    expect(!past.ok && past.error.fields).toMatchObject({ expiry: { key: 'errors.card.expiryPast' }, holder: { key: 'errors.field.required' } });
    const missing = await f.call(s, 'cards.update', { id: 'card_gone', expMonth: 1, expYear: 2030, holder: 'X' });
    expect(!missing.ok && missing.error.code).toBe('not_found');
    expect(snapshot(f.store)).toBe(before);
    const done = await f.call(s, 'cards.update', { id: 'card_demo', expMonth: 11, expYear: 2031, holder: ' Claire M. Dubois ' });
    expect(done.ok && done.value.cards[0]).toMatchObject({ id: 'card_demo', expMonth: 11, expYear: 2031, holder: 'Claire M. Dubois' });
    const stored = f.store.tables.cards.get('card_demo')!;
    expect([stored.expMonth, stored.expYear, stored.holder, stored.token]).toEqual([11, 2031, 'Claire M. Dubois', 'tok_ok_4242_demo']);
    const audit = [...f.store.tables.audit.values()].find((a) => a.action === 'card.updated');
    expect(audit).toMatchObject({ before: { expiry: { kind: 'expiry', month: 8 }, holder: { kind: 'text', text: 'Claire Dubois' } }, after: { expiry: { kind: 'expiry', month: 11, year: 2031 }, holder: { kind: 'text', text: 'Claire M. Dubois' } } });
  });

  it('is a billing contact\'s: an administrator without billing is refused and nothing changes', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Marco');
    const before = snapshot(f.store);
    const refused = await f.call(s, 'cards.update', { id: 'card_demo', expMonth: 11, expYear: 2031, holder: 'Marco' });
    expect(!refused.ok && refused.error.code).toBe('forbidden');
    expect(snapshot(f.store)).toBe(before);
  });
});

describe('paying with a card on file', () => {
  it('pays the pending payments with a card chosen from those on file, not only the default', async () => {
    const f = await demoFixture();
    await withPending(f);
    const s = await f.signIn('Claire');
    const other = await f.call(s, 'cards.add', card('5555 5555 5555 4444'));
    const otherId = other.ok ? other.value.cardId : '';
    expect(f.store.tables.cards.get(otherId)?.isDefault).toBe(false);
    const pending = await f.call(s, 'payments.pending');
    const total = pending.ok ? pending.value.total : 0;
    expect(total).toBeGreaterThan(0);
    const paid = await f.call(s, 'payments.applyPending', { cardId: otherId });
    expect(paid.ok && paid.value).toEqual({ paid: total, status: 'active' });
    const payments = [...f.store.tables.payments.values()].filter((p) => p.status === 'succeeded' && p.method.endsWith('4444'));
    expect(payments.reduce((sum, p) => sum + p.amount, 0)).toBe(total);
    expect(f.store.tables.cards.size).toBe(2);
  });

  it('refuses a removed card and another account\'s card, and charges nothing', async () => {
    const f = await demoFixture();
    await withPending(f);
    const s = await f.signIn('Claire');
    const other = await f.call(s, 'cards.add', card('5555 5555 5555 4444'));
    const removedId = other.ok ? other.value.cardId : '';
    await f.call(s, 'cards.remove', { id: removedId });
    const elsewhere = await demoFixture();
    const e = await elsewhere.signIn('Claire');
    const foreign = await elsewhere.call(e, 'cards.add', card('378282246310005', { makeDefault: true }));
    const foreignId = foreign.ok ? foreign.value.cardId : '';
    expect(foreignId).not.toBe('');
    const before = snapshot(f.store);
    for (const cardId of [removedId, foreignId, 'card_nope']) {
      const refused = await f.call(s, 'payments.applyPending', { cardId });
      expect(!refused.ok && [refused.error.code, refused.error.key]).toEqual(['not_found', 'errors.card.notFound']);
    }
    expect(snapshot(f.store)).toBe(before);
  });

  it('checks out with the chosen card; a licence buyer without billing may not choose one', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const other = await f.call(s, 'cards.add', card('5555 5555 5555 4444'));
    const otherId = other.ok ? other.value.cardId : '';
    const sub = [...f.store.tables.subscriptions.values()].find((x) => x.productId === 'remote_support')!;
    await f.call(s, 'cart.add', { change: { kind: 'add_seats', subscriptionId: sub.id, seats: 1 } });
    const wrong = await f.call(s, 'orders.place', { idempotencyKey: 'chosen-card-0', cardId: 'card_nope' });
    expect(!wrong.ok && wrong.error.code).toBe('not_found');
    const order = await f.call(s, 'orders.place', { idempotencyKey: 'chosen-card-1', cardId: otherId });
    expect(order.ok && order.value.status).toBe('paid');
    const payment = [...f.store.tables.payments.values()].find((p) => p.invoiceId === (order.ok ? order.value.invoiceId : ''));
    expect(payment?.method).toBe('mastercard •••• 4444');

    const jan = await f.signIn('Jan');
    await f.call(jan, 'cart.add', { change: { kind: 'add_seats', subscriptionId: sub.id, seats: 1 } });
    const refused = await f.call(jan, 'orders.place', { idempotencyKey: 'chosen-card-2', cardId: otherId });
    expect(!refused.ok && refused.error.code).toBe('forbidden');
  });
});
