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
    const result = await f.call(s, 'licences.assign', { userIds: [hannah], productId: 'remote_support', features: { session_recording: true }, notify: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.changed).toEqual([hannah]);
    expect(result.value.product.assigned).toBe(assignedCount(f.store.tables, 'remote_support'));
    const held = productsOf(f, hannah).find((p) => p.productId === 'remote_support');
    expect(held?.features).toEqual({ session_recording: true, unattended_access: false });
    const audit = [...f.store.tables.audit.values()].filter((e) => e.action === 'user.products.assigned');
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
    const result = await f.call(s, 'licences.assign', { userIds: [tom], productId: 'remote_support', features: { unattended_access: true }, notify: false });
    expect(result.ok && result.value.product.assigned).toBe(seatsBefore);
    expect(productsOf(f, tom).find((p) => p.productId === 'remote_support')?.features.unattended_access).toBe(true);
    expect(f.mailer.sent).toHaveLength(0);
  });

  it('refuses, changing nothing: too few seats, unknown user, unknown product, a feature of another product', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const before = snapshot(f.store);
    const all = ids(f);
    const short = await f.call(s, 'licences.assign', { userIds: all, productId: 'contact_center', features: {}, notify: true });
    expect(short).toMatchObject({ ok: false, error: { code: 'conflict', key: 'errors.licences.seatsShort', params: { product: 'Contact Center' } } });
    const free = seatsBought(f.store.tables, 'contact_center') - assignedCount(f.store.tables, 'contact_center');
    const newcomers = all.filter((id) => !productsOf(f, id).some((p) => p.productId === 'contact_center')).length;
    if (!short.ok) expect(short.error.params?.missing).toBe(newcomers - free);
    expect(await f.call(s, 'licences.assign', { userIds: ['usr_nobody'], productId: 'meetings', features: {}, notify: false })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await f.call(s, 'licences.remove', { userIds: [all[0]], productId: 'fax_machine', notify: false })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const wrongFeature = await f.call(s, 'licences.assign', { userIds: [all[0]], productId: 'meetings', features: { call_recording: true }, notify: false });
    expect(!wrongFeature.ok && wrongFeature.error.fields?.['features.call_recording']?.key).toBe('errors.licences.unknownFeature');
    expect((await f.call(s, 'licences.assign', { userIds: [all[0]], productId: 'meetings', features: { teleport: true }, notify: false })).ok).toBe(false);
    expect(snapshot(f.store)).toBe(before);
  });

  it('removes licences, frees the seats, and does not touch Contact Center when Business Phone goes', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Marco');
    const sofia = f.userId('Sofia');
    await f.call(s, 'licences.assign', { userIds: [sofia], productId: 'contact_center', features: {}, notify: false });
    const result = await f.call(s, 'licences.remove', { userIds: [sofia], productId: 'business_phone', notify: true });
    expect(result.ok && result.value.changed).toEqual([sofia]);
    expect(productsOf(f, sofia).map((p) => p.productId)).toEqual(['meetings', 'contact_center']);
    expect(f.mailer.sent.map((e) => e.template)).toEqual(['product_change']);
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
});

const command = fc.record({
  kind: fc.constantFrom('assign', 'remove'),
  productId: fc.constantFrom(...PRODUCT_IDS),
  picks: fc.uniqueArray(fc.nat({ max: 16 }), { minLength: 1, maxLength: 12 }),
  on: fc.boolean(),
  notify: fc.boolean(),
});

describe('licences: properties', () => {
  it('never assign beyond the seats bought; a refused command changes nothing', async () => {
    let refused = 0;
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
          const result =
            c.kind === 'assign'
              ? await f.call(s, 'licences.assign', { userIds, productId: c.productId, features: { [feature]: c.on }, notify: c.notify })
              : await f.call(s, 'licences.remove', { userIds, productId: c.productId, notify: c.notify });
          if (!result.ok) {
            refused++;
            expect(result.error.code).toBe('conflict');
            expect(snapshot(f.store)).toBe(before);
          } else expect(result.value.product.assigned).toBe(assignedCount(f.store.tables, c.productId));
          seatsHold(f);
        }
      }),
      { seed: SEED, numRuns: 40 },
    );
    expect(refused, 'the runs never ran short of seats').toBeGreaterThan(0);
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
          c.kind === 'assign'
            ? await f.call(session, 'licences.assign', { userIds, productId: c.productId, features: {}, notify: c.notify })
            : await f.call(session, 'licences.remove', { userIds, productId: c.productId, notify: c.notify });
        expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        expect(snapshot(f.store)).toBe(before);
      }),
      { seed: SEED + 1, numRuns: 100 },
    );
  });
});
