/**
 * Across any sequence of group and direct licence commands: no licence is held without a seat; leaving
 * a group (or a group deleted, or its products cut) never takes a direct licence; and what People,
 * the holders list and the Products view count is one number: direct holders ∪ group holders.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../catalog/catalog.ts';
import { seatsBought } from '../licences/seats.ts';
import type { User } from '../model/records.ts';
import { demoFixture, snapshot, type Fixture } from '../testing/fixture.ts';

const SEED = 20261207;
const PRODUCTS = CATALOG.map((p) => p.id);

const command = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), group: fc.nat({ max: 2 }), users: fc.uniqueArray(fc.nat({ max: 15 }), { minLength: 1, maxLength: 5 }) }),
  fc.record({ kind: fc.constant('remove' as const), group: fc.nat({ max: 2 }), users: fc.uniqueArray(fc.nat({ max: 15 }), { minLength: 1, maxLength: 5 }) }),
  fc.record({ kind: fc.constant('products' as const), group: fc.nat({ max: 2 }), products: fc.subarray(PRODUCTS), recording: fc.boolean() }),
  fc.record({ kind: fc.constant('delete' as const), group: fc.nat({ max: 2 }) }),
  fc.record({ kind: fc.constant('direct' as const), users: fc.uniqueArray(fc.nat({ max: 15 }), { minLength: 1, maxLength: 3 }), product: fc.constantFrom(...PRODUCTS), give: fc.boolean() }),
  fc.record({ kind: fc.constant('deactivate' as const), user: fc.integer({ min: 8, max: 15 }) }),
);
type Command = typeof command extends fc.Arbitrary<infer T> ? T : never;

/** What each user holds directly, by id. */
const directOf = (f: Fixture) => new Map([...f.store.tables.users.values()].map((u: User) => [u.id, JSON.stringify(u.products)]));

async function run(f: Fixture, s: Awaited<ReturnType<Fixture['signIn']>>, groups: string[], userIds: string[], c: Command) {
  const groupId = 'group' in c ? groups[c.group]! : '';
  const alsoRemoveFromQueues = false;
  switch (c.kind) {
    case 'add':
      return f.call(s, 'groups.addMembers', { groupId, userIds: c.users.map((i) => userIds[i]!) });
    case 'remove':
      return f.call(s, 'groups.removeMembers', { groupId, userIds: c.users.map((i) => userIds[i]!), alsoRemoveFromQueues });
    case 'products':
      return f.call(s, 'groups.setProducts', { groupId, products: c.products.map((productId) => ({ productId, features: productId === 'remote_support' ? { session_recording: c.recording } : {} })), alsoRemoveFromQueues });
    case 'delete':
      return f.call(s, 'groups.delete', { groupId, alsoRemoveFromQueues });
    case 'direct': {
      const ids = c.users.map((i) => userIds[i]!);
      return f.call(s, 'licences.apply', { userIds: ids, assign: c.give ? [{ productId: c.product, features: {} }] : [], remove: c.give ? [] : [c.product], alsoRemoveFromQueues, notify: false });
    }
    case 'deactivate':
      return f.call(s, 'users.setStatus', { userIds: [userIds[c.user]!], status: 'deactivated' });
  }
}

async function countsAgree(f: Fixture, s: Awaited<ReturnType<Fixture['signIn']>>) {
  const products = await f.call(s, 'products.list');
  const users = await f.call(s, 'users.list');
  if (!products.ok || !users.ok || !('users' in users.value)) throw new Error('views refused');
  for (const view of products.value.products) {
    const holders = await f.call(s, 'products.holders', { productId: view.productId });
    if (!holders.ok) throw new Error('holders refused');
    const direct = new Set<string>();
    const viaGroup = new Set<string>();
    for (const user of f.store.tables.users.values()) {
      if (user.status !== 'active') continue;
      if (user.products.some((p) => p.productId === view.productId)) direct.add(user.id);
    }
    for (const group of f.store.tables.groups.values()) {
      if (!group.products.some((p) => p.productId === view.productId)) continue;
      for (const id of group.memberIds) if (f.store.tables.users.get(id)?.status === 'active') viaGroup.add(id);
    }
    const union = new Set([...direct, ...viaGroup]).size;
    const inPeople = users.value.users.filter((u) => u.products.includes(view.productId)).length;
    expect([view.assigned, inPeople, holders.value.holders.length], view.productId).toEqual([union, union, union]);
    // No licence without a seat.
    expect(view.assigned, view.productId).toBeLessThanOrEqual(seatsBought(f.store.tables, view.productId));
  }
}

describe('groups: licence invariants (property)', () => {
  it('never exceed the seats, never take a direct licence on leaving a group, and add up to what Products shows', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 12 }), async (commands) => {
        const f = await demoFixture();
        const s = await f.signIn('Claire');
        const groups: string[] = [];
        for (const name of ['Support team', 'Sales', 'Night shift']) {
          const made = await f.call(s, 'groups.create', { name });
          if (!made.ok) throw new Error('group not created');
          groups.push(made.value.id);
        }
        const userIds = [...f.store.tables.users.keys()];
        for (const c of commands) {
          const before = snapshot(f.store);
          const direct = directOf(f);
          const result = await run(f, s, groups, userIds, c);
          if (!result.ok) expect(snapshot(f.store), `${c.kind} refused yet changed the store`).toBe(before);
          if (['remove', 'delete', 'products'].includes(c.kind)) expect(directOf(f), `${c.kind} took a direct licence`).toEqual(direct);
          await countsAgree(f, s);
        }
      }),
      { seed: SEED, numRuns: 40 },
    );
  });
});
