/**
 * Buying licences (SPEC §1, §5): administrators and licence managers buy seats through the cart like
 * billing contacts, but only seats; offline and corporate accounts order nothing in the app, and a
 * cancelled account waits for reactivation.
 */
import { describe, expect, it } from 'vitest';
import type { SessionState } from '../app/handler.ts';
import { del, put } from '../model/changes.ts';
import type { BillingMode, CartChange } from '../model/records.ts';
import { demoFixture, snapshot, type Fixture } from '../testing/fixture.ts';

const subscriptionOf = (f: Fixture, productId: string) => [...f.store.tables.subscriptions.values()].find((s) => s.productId === productId)!;

/** Adds seats to a product's subscription and checks out; returns the order. */
async function buySeats(f: Fixture, s: SessionState, productId: string, seats: number) {
  const added = await f.call(s, 'cart.add', { change: { kind: 'add_seats', subscriptionId: subscriptionOf(f, productId).id, seats } });
  expect(added.ok, JSON.stringify(added)).toBe(true);
  return f.call(s, 'orders.place', { idempotencyKey: `buy-${productId}-${seats}` });
}

async function setAccount(f: Fixture, patch: { billingMode?: BillingMode; status?: 'cancelled' }) {
  await f.store.commit([put('account', 'account', { ...f.store.tables.account.get('account')!, ...patch })]);
}

describe('a licence manager (Manage licences, no billing rights)', () => {
  it('adds seats and checks out: the order is paid with the default card and the seats go up', async () => {
    const f = await demoFixture();
    const jan = await f.signIn('Jan');
    const before = subscriptionOf(f, 'remote_support').seats;
    const order = await buySeats(f, jan, 'remote_support', 2);
    expect(order).toMatchObject({ ok: true, value: { status: 'paid' } });
    expect(subscriptionOf(f, 'remote_support').seats).toBe(before + 2);
    expect([...f.store.tables.orders.values()].at(-1)?.placedBy).toBe(f.userId('Jan'));
    expect([...f.store.tables.payments.values()].at(-1)?.method).toMatch(/•••• 4242$/);
  });

  it('may add seats of an add-on the account already has (Contact Center)', async () => {
    const f = await demoFixture();
    const phone = subscriptionOf(f, 'business_phone');
    const planId = phone.addOns[0]!.planId;
    const added = await f.call(await f.signIn('Jan'), 'cart.add', { change: { kind: 'add_addon', subscriptionId: phone.id, planId, seats: 1 } });
    expect(added.ok).toBe(true);
  });

  it("can't change a plan, a billing frequency, remove seats or subscribe: forbidden, with the reason, and nothing changes", async () => {
    const f = await demoFixture();
    const jan = await f.signIn('Jan');
    const rs = subscriptionOf(f, 'remote_support');
    const phone = subscriptionOf(f, 'business_phone');
    const meetings = subscriptionOf(f, 'meetings');
    await f.store.commit([del('subscriptions', meetings.id)]);
    const refused: CartChange[] = [
      { kind: 'change_plan', subscriptionId: phone.id, planId: 'bp_premium' },
      { kind: 'change_interval', subscriptionId: rs.id, interval: 'year' },
      { kind: 'remove_seats', subscriptionId: rs.id, seats: 1 },
      { kind: 'remove_addon', subscriptionId: phone.id, planId: 'cc_addon' },
      { kind: 'new_subscription', planId: meetings.planId, interval: 'month', seats: 5 },
    ];
    const before = snapshot(f.store);
    for (const change of refused) {
      const result = await f.call(jan, 'cart.add', { change });
      expect(result, change.kind).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'errors.billing.seatsOnly' } });
      expect(await f.call(jan, 'billing.preview', { changes: [change] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(snapshot(f.store)).toBe(before);
    // The same changes are fine for a billing contact.
    const claire = await f.signIn('Claire');
    for (const change of refused) expect((await f.call(claire, 'billing.preview', { changes: [change] })).ok, change.kind).toBe(true);
  });

  it('has a cart with anything but seats refused at checkout (e.g. lines added while a billing contact)', async () => {
    const f = await demoFixture();
    const jan = await f.signIn('Jan');
    const rs = subscriptionOf(f, 'remote_support');
    const lines: CartChange[] = [{ kind: 'add_seats', subscriptionId: rs.id, seats: 1 }, { kind: 'change_interval', subscriptionId: rs.id, interval: 'year' }];
    await f.store.commit([put('carts', f.userId('Jan'), { id: f.userId('Jan'), lines, updatedAt: f.clock.now().toISOString() })]);
    const before = snapshot(f.store);
    const placed = await f.call(jan, 'orders.place', { idempotencyKey: 'mixed-cart' });
    expect(placed).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'errors.billing.seatsOnly' } });
    expect(snapshot(f.store)).toBe(before);
  });

  it('sees Add licences for every product the account has, and why not for one it does not', async () => {
    const f = await demoFixture();
    await f.store.commit([del('subscriptions', subscriptionOf(f, 'meetings').id)]);
    const listed = await f.call(await f.signIn('Jan'), 'products.list');
    const byId = new Map(listed.ok ? listed.value.products.map((p) => [p.productId, p]) : []);
    expect(['remote_support', 'business_phone', 'contact_center'].map((id) => byId.get(id)?.canAddLicences)).toEqual([true, true, true]);
    expect(byId.get('meetings')).toMatchObject({ canAddLicences: false, addLicencesReason: 'errors.billing.seatsOnly' });
    const claire = await f.call(await f.signIn('Claire'), 'products.list');
    expect(claire.ok && claire.value.products.every((p) => p.canAddLicences)).toBe(true);
  });
});

describe('who else may buy', () => {
  it('an administrator who is not a billing contact buys seats too', async () => {
    const f = await demoFixture();
    const before = subscriptionOf(f, 'meetings').seats;
    expect(await buySeats(f, await f.signIn('Marco'), 'meetings', 3)).toMatchObject({ ok: true, value: { status: 'paid' } });
    expect(subscriptionOf(f, 'meetings').seats).toBe(before + 3);
  });

  it('a user who may only view billing can look at subscriptions but not add to the cart', async () => {
    const f = await demoFixture();
    const role = { id: 'role_viewer', name: 'Billing viewer', permissions: ['view_billing' as const] };
    const tom = f.store.tables.users.get(f.userId('Tom'))!;
    await f.store.commit([put('roles', role.id, role), put('users', tom.id, { ...tom, customRoleId: role.id })]);
    const s = await f.signIn('Tom');
    expect((await f.call(s, 'subscriptions.list')).ok).toBe(true);
    const before = snapshot(f.store);
    const added = await f.call(s, 'cart.add', { change: { kind: 'add_seats', subscriptionId: subscriptionOf(f, 'remote_support').id, seats: 1 } });
    expect(added).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'errors.forbidden' } });
    expect(snapshot(f.store)).toBe(before);
    const listed = await f.call(s, 'products.list');
    expect(listed.ok && listed.value.products.every((p) => !p.canAddLicences && p.addLicencesReason === 'errors.licences.addNeedsPermission')).toBe(true);
  });

  it.each(['offline', 'corporate'] as const)('nobody on a %s account: the cart is forbidden and Products names the representative or portal', async (billingMode) => {
    const f = await demoFixture();
    await setAccount(f, { billingMode });
    const notice = billingMode === 'offline' ? 'ui.billing.offlineNotice' : 'ui.billing.corporateNotice';
    for (const who of ['Claire', 'Hannah', 'Marco', 'Jan']) {
      const s = await f.signIn(who);
      const added = await f.call(s, 'cart.add', { change: { kind: 'add_seats', subscriptionId: subscriptionOf(f, 'remote_support').id, seats: 1 } });
      expect(added, who).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      const listed = await f.call(s, 'products.list');
      expect(listed.ok && listed.value.products.every((p) => !p.canAddLicences && p.addLicencesReason === notice), who).toBe(true);
    }
  });

  it('nobody while the account is cancelled: buying waits for reactivation', async () => {
    const f = await demoFixture();
    const sessions = await Promise.all(['Claire', 'Jan'].map((who) => f.signIn(who)));
    await setAccount(f, { status: 'cancelled' });
    for (const s of sessions) {
      const added = await f.call(s, 'cart.add', { change: { kind: 'add_seats', subscriptionId: subscriptionOf(f, 'remote_support').id, seats: 1 } });
      expect(added).toMatchObject({ ok: false, error: { code: 'conflict', key: 'errors.account.cancelled' } });
      expect((await f.call(s, 'subscriptions.list')).ok).toBe(true);
    }
  });
});
