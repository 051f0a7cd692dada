import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignedCount } from '../billing/views.ts';
import { CATALOG } from '../catalog/catalog.ts';
import { demoFixture, snapshot, type Fixture } from '../testing/fixture.ts';
import { seatsBought } from './seats.ts';

const SEED = 5150;
const PRODUCT_IDS = CATALOG.map((p) => p.id);
const ids = (f: Fixture) => [...f.store.tables.users.keys()];
const productsOf = (f: Fixture, userId: string) => f.store.tables.users.get(userId)!.products;

type Session = Awaited<ReturnType<Fixture['signIn']>>;

/** People > Add products for these users: one product with its features. */
function assign(f: Fixture, s: Session, userIds: string[], productId: string, features: Record<string, boolean>, notify = false) {
  return f.call(s, 'licences.apply', { userIds, assign: [{ productId, features }], remove: [], alsoRemoveFromQueues: false, notify });
}

/** People > Remove products for these users. */
function remove(f: Fixture, s: Session, userIds: string[], productId: string, notify = false, alsoRemoveFromQueues = false) {
  return f.call(s, 'licences.apply', { userIds, assign: [], remove: [productId], alsoRemoveFromQueues, notify });
}

const impactOf = (value: { products: { productId: string; assignedAfter: number }[] }, productId: string) => value.products.find((p) => p.productId === productId);

/** Every queue member holds Contact Center (SPEC §5): no sequence of changes leaves one without it. */
function queuedHoldContactCenter(f: Fixture): void {
  for (const queue of f.store.tables.queues.values()) {
    for (const m of queue.members) expect(productsOf(f, m.userId).some((p) => p.productId === 'contact_center'), `${m.userId} in ${queue.name}`).toBe(true);
  }
}

function seatsHold(f: Fixture): void {
  for (const productId of PRODUCT_IDS) expect(assignedCount(f.store.tables, productId), productId).toBeLessThanOrEqual(seatsBought(f.store.tables, productId));
}

describe('licences: assign and remove', () => {
  it('assigns with features, emails when asked, audits before/after, and counts the seat', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const hannah = f.userId('Hannah');
    const before = (await f.call(s, 'products.list')).ok;
    expect(before).toBe(true);
    const result = await assign(f, s, [hannah], 'remote_support', { session_recording: true }, true);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.changedUserIds).toEqual([hannah]);
    expect(impactOf(result.value, 'remote_support')).toMatchObject({ assigned: 1, assignedAfter: assignedCount(f.store.tables, 'remote_support') });
    const held = productsOf(f, hannah).find((p) => p.productId === 'remote_support');
    expect(held?.features).toEqual({ session_recording: true, unattended_access: false });
    const audit = [...f.store.tables.audit.values()].filter((e) => e.action === 'user.products.changed');
    expect(audit).toHaveLength(1);
    expect(audit[0]?.targetId).toBe(hannah);
    expect(JSON.stringify(audit[0]?.before)).not.toContain('remote_support');
    expect(JSON.stringify(audit[0]?.after)).toContain('remote_support');
    const mail = f.mailer.sent.filter((e) => e.template === 'product_change');
    expect(mail).toHaveLength(1);
    expect(mail[0]?.language).toBe('de');
    expect(mail[0]?.body).toContain('Remote Support');
  });

  it('updates the features of users who already hold the product without using a seat', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const tom = f.userId('Tom');
    const seatsBefore = assignedCount(f.store.tables, 'remote_support');
    const result = await assign(f, s, [tom], 'remote_support', { unattended_access: true });
    expect(result.ok && impactOf(result.value, 'remote_support')).toMatchObject({ updated: 1, assigned: 0, assignedAfter: seatsBefore });
    expect(productsOf(f, tom).find((p) => p.productId === 'remote_support')?.features.unattended_access).toBe(true);
    expect(f.mailer.sent).toHaveLength(0);
  });

  it('refuses, changing nothing: too few seats, unknown user, unknown product, a feature of another product', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const before = snapshot(f.store);
    const all = ids(f);
    const short = await assign(f, s, all, 'contact_center', {}, true);
    expect(short).toMatchObject({ ok: false, error: { code: 'conflict', key: 'errors.licences.seatsShort', params: { product: 'Contact Center' } } });
    const free = seatsBought(f.store.tables, 'contact_center') - assignedCount(f.store.tables, 'contact_center');
    const newcomers = all.filter((id) => !productsOf(f, id).some((p) => p.productId === 'contact_center')).length;
    if (!short.ok) expect(short.error.params?.count).toBe(newcomers - free);
    expect(await assign(f, s, ['usr_nobody'], 'meetings', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await remove(f, s, [all[0]!], 'fax_machine')).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const wrongFeature = await assign(f, s, [all[0]!], 'meetings', { call_recording: true });
    expect(!wrongFeature.ok && wrongFeature.error.fields?.['features.call_recording']?.key).toBe('errors.licences.unknownFeature');
    expect((await f.call(s, 'licences.apply', { userIds: [all[0]!], assign: [{ productId: 'meetings', features: { teleport: true } }], remove: [], alsoRemoveFromQueues: false, notify: false })).ok).toBe(false);
    const both = await f.call(s, 'licences.apply', { userIds: [all[0]!], assign: [{ productId: 'meetings', features: {} }], remove: ['meetings'], alsoRemoveFromQueues: false, notify: false });
    expect(both).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await f.call(s, 'licences.apply', { userIds: [all[0]!], assign: [], remove: [], alsoRemoveFromQueues: false, notify: false })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(snapshot(f.store)).toBe(before);
  });

  it('removes Business Phone from a queued user but keeps Contact Center, naming the queues that hold them', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Marco');
    const sofia = f.userId('Sofia');
    const preview = await f.call(s, 'licences.preview', { userIds: [sofia], assign: [], remove: ['business_phone'], alsoRemoveFromQueues: false, notify: true });
    expect(preview.ok && preview.value.queueHolds).toEqual([
      expect.objectContaining({ userId: sofia, places: [expect.objectContaining({ kind: 'call', name: 'Support hotline', role: 'supervisor' }), expect.objectContaining({ kind: 'inbound', name: 'Support inbox', role: 'supervisor' })] }),
    ]);
    expect(preview.ok && preview.value.blockers).toEqual([]);
    const result = await remove(f, s, [sofia], 'business_phone', true);
    expect(result.ok && result.value.changedUserIds).toEqual([sofia]);
    expect(result.ok && result.value.queuesCleared).toBe(false);
    expect(productsOf(f, sofia).map((p) => p.productId)).toEqual(['meetings', 'contact_center']);
    expect([...f.store.tables.queues.values()].filter((q) => q.members.some((m) => m.userId === sofia))).toHaveLength(2);
    expect(f.mailer.sent.map((e) => e.template)).toEqual(['product_change']);
  });

  it('also removes the user from every queue when asked, which frees the Contact Center seat, in one command', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const [emma, lucia] = [f.userId('Emma'), f.userId('Lucía')];
    const ccBefore = assignedCount(f.store.tables, 'contact_center');
    const result = await remove(f, s, [emma, lucia], 'business_phone', false, true);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.queuesCleared).toBe(true);
    expect(result.value.queueHolds.map((h) => h.userId).sort()).toEqual([emma, lucia].sort());
    expect(impactOf(result.value, 'contact_center')).toMatchObject({ removed: 2, assignedAfter: ccBefore - 2 });
    expect(assignedCount(f.store.tables, 'contact_center')).toBe(ccBefore - 2);
    for (const id of [emma, lucia]) {
      expect(productsOf(f, id).map((p) => p.productId)).toEqual(['meetings']);
      expect([...f.store.tables.queues.values()].some((q) => q.members.some((m) => m.userId === id))).toBe(false);
    }
    expect([...f.store.tables.audit.values()].filter((e) => e.action === 'queue.members.removed').length).toBe(2);
  });

  it('refuses to take Contact Center from a queued user without leaving the queues, changing nothing', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const giulia = f.userId('Giulia');
    const before = snapshot(f.store);
    const refused = await remove(f, s, [giulia], 'contact_center');
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', key: 'errors.licences.stillInQueues', params: { name: 'Giulia Conti', count: 2 } } });
    expect(snapshot(f.store)).toBe(before);
    expect((await remove(f, s, [giulia], 'contact_center', false, true)).ok).toBe(true);
    expect(f.store.tables.queues.get('que_000002')?.members.some((m) => m.userId === giulia)).toBe(false);
  });

  it('gives and takes several products at once for many users, all or nothing, and previews the seats missing', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const all = ids(f);
    const before = snapshot(f.store);
    const input = { userIds: all, assign: [{ productId: 'meetings', features: {} }, { productId: 'remote_support', features: { unattended_access: true } }], remove: ['business_phone'], alsoRemoveFromQueues: true, notify: false };
    const preview = await f.call(s, 'licences.preview', input);
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    const rs = impactOf(preview.value, 'remote_support')!;
    const rsSeats = seatsBought(f.store.tables, 'remote_support');
    expect(preview.value.products.find((p) => p.productId === 'remote_support')?.missing).toBe(all.length - rsSeats);
    expect(rs.assignedAfter).toBe(all.length);
    expect(preview.value.blockers.map((b) => b.key)).toEqual(['errors.licences.seatsShort']);
    expect(snapshot(f.store)).toBe(before);
    expect(await f.call(s, 'licences.apply', input)).toMatchObject({ ok: false, error: { code: 'conflict', key: 'errors.licences.seatsShort' } });
    expect(snapshot(f.store)).toBe(before);
    const fits = await f.call(s, 'licences.apply', { ...input, assign: [{ productId: 'meetings', features: {} }] });
    expect(fits.ok).toBe(true);
    expect(all.every((id) => productsOf(f, id).some((p) => p.productId === 'meetings') && !productsOf(f, id).some((p) => p.productId === 'business_phone'))).toBe(true);
  });

  it('lists products with seats, and says why "Add licences" is absent', async () => {
    const f = await demoFixture();
    const admin = await f.call(await f.signIn('Claire'), 'products.list');
    const rs = admin.ok ? admin.value.products.find((p) => p.productId === 'remote_support') : undefined;
    expect(rs).toMatchObject({ planName: 'Premium', seats: 10, canAddLicences: true });
    expect(rs && rs.free).toBe(10 - assignedCount(f.store.tables, 'remote_support'));
    const user = await f.call(await f.signIn('Tom'), 'products.list');
    expect(user.ok && user.value.products.every((p) => !p.canAddLicences && p.addLicencesReason === 'errors.licences.addNeedsPermission')).toBe(true);
    const jan = await f.call(await f.signIn('Jan'), 'products.list');
    expect(jan.ok && jan.value.products.every((p) => p.canAddLicences)).toBe(true);
  });

  it('lists each product with its per-user features, the product an add-on rides on, and the price for billing viewers only', async () => {
    const f = await demoFixture();
    const admin = await f.call(await f.signIn('Claire'), 'products.list');
    const cc = admin.ok ? admin.value.products.find((p) => p.productId === 'contact_center') : undefined;
    expect(cc).toMatchObject({ features: ['queue_callbacks', 'supervisor_monitoring'], addOnOf: 'business_phone', planName: 'Add-on', price: { currency: 'EUR', interval: 'year' } });
    const marco = await f.call(await f.signIn('Marco'), 'products.list');
    expect(marco.ok && marco.value.products.every((p) => p.price === undefined && p.features.length > 0)).toBe(true);
  });
});

const command = fc.record({
  kind: fc.constantFrom('assign', 'remove', 'seats'),
  productId: fc.constantFrom(...PRODUCT_IDS),
  picks: fc.uniqueArray(fc.nat({ max: 16 }), { minLength: 1, maxLength: 12 }),
  on: fc.boolean(),
  notify: fc.boolean(),
});

describe('licences: properties', () => {
  it('never assign beyond the seats bought, across assignments, removals and seat changes; a refused command changes nothing', async () => {
    let refused = 0;
    let orders = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 10 }), async (commands) => {
        const f = await demoFixture();
        const s = await f.signIn('Claire');
        const users = ids(f);
        seatsHold(f);
        for (const c of commands) {
          const userIds = c.picks.map((i) => users[i % users.length]!);
          const feature = CATALOG.find((p) => p.id === c.productId)!.features[0]!;
          const before = snapshot(f.store);
          if (c.kind === 'seats') {
            // Seats bought change too: a few more, or a few fewer (refused below the licences assigned).
            const sub = [...f.store.tables.subscriptions.values()].find((x) => x.productId === c.productId);
            if (!sub) continue;
            const seats = 1 + (c.picks[0]! % 4);
            const added = await f.call(s, 'cart.add', { change: { kind: c.on ? 'add_seats' : 'remove_seats', subscriptionId: sub.id, seats } });
            if (!added.ok) {
              refused++;
              expect(added.error.code).toBe('conflict');
              expect(snapshot(f.store)).toBe(before);
            } else expect((await f.call(s, 'orders.place', { idempotencyKey: `seat-change-${++orders}` })).ok).toBe(true);
            seatsHold(f);
            continue;
          }
          const result =
            c.kind === 'assign'
              ? await assign(f, s, userIds, c.productId, { [feature]: c.on }, c.notify)
              : await remove(f, s, userIds, c.productId, c.notify, c.on);
          if (!result.ok) {
            refused++;
            expect(result.error.code).toBe('conflict');
            expect(snapshot(f.store)).toBe(before);
          } else expect(impactOf(result.value, c.productId)?.assignedAfter).toBe(assignedCount(f.store.tables, c.productId));
          queuedHoldContactCenter(f);
          seatsHold(f);
        }
      }),
      { seed: SEED, numRuns: 40 },
    );
    expect(refused, 'the runs never ran short of seats').toBeGreaterThan(0);
    expect(orders, 'no seat change was ever bought').toBeGreaterThan(0);
  });

  it('refuses a user without manage_users with forbidden, changing nothing', async () => {
    const f = await demoFixture();
    const sessions = await Promise.all(['Tom', 'Jan', 'Hannah'].map((name) => f.signIn(name)));
    const users = ids(f);
    await fc.assert(
      fc.asyncProperty(command, fc.constantFrom(...sessions), async (c, session) => {
        const before = snapshot(f.store);
        const userIds = c.picks.map((i) => users[i % users.length]!);
        const result =
          c.kind === 'assign' ? await assign(f, session, userIds, c.productId, {}, c.notify) : await remove(f, session, userIds, c.productId, c.notify);
        expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        expect(snapshot(f.store)).toBe(before);
      }),
      { seed: SEED + 1, numRuns: 100 },
    );
  });
});
