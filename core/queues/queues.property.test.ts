/**
 * Across any sequence of queue, group and licence commands — members added and removed, roles switched,
 * queues created and deleted, groups giving or losing Contact Center, members leaving groups, Business
 * Phone or Contact Center taken directly (with or without the queue cleanup), people deactivated — no
 * queue member ever lacks the Contact Center licence (core/licences/effective.ts), and a refused
 * command changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsLicence, storeMemberships } from '../licences/effective.ts';
import { QUEUE_PRODUCT } from '../licences/plan.ts';
import { demoFixture, snapshot, type Fixture } from '../testing/fixture.ts';

const SEED = 20261208;
const user = fc.nat({ max: 15 });
const users = fc.uniqueArray(user, { minLength: 1, maxLength: 4 });
const queue = fc.nat({ max: 4 });
const role = fc.constantFrom('agent' as const, 'supervisor' as const);

const command = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), queue, users, role }),
  fc.record({ kind: fc.constant('remove' as const), queue, user }),
  fc.record({ kind: fc.constant('role' as const), queue, user, role }),
  fc.record({ kind: fc.constant('create' as const), name: fc.constantFrom('Night line', 'Billing line', 'night LINE') }),
  fc.record({ kind: fc.constant('deleteQueue' as const), queue }),
  fc.record({ kind: fc.constant('groupGives' as const), contactCenter: fc.boolean(), cleanup: fc.boolean() }),
  fc.record({ kind: fc.constant('groupJoin' as const), users }),
  fc.record({ kind: fc.constant('groupLeave' as const), users, cleanup: fc.boolean() }),
  fc.record({ kind: fc.constant('groupDelete' as const), cleanup: fc.boolean() }),
  fc.record({ kind: fc.constant('direct' as const), users, product: fc.constantFrom('business_phone', 'contact_center'), give: fc.boolean(), cleanup: fc.boolean() }),
  fc.record({ kind: fc.constant('deactivate' as const), user: fc.integer({ min: 7, max: 15 }) }),
);
type Command = typeof command extends fc.Arbitrary<infer T> ? T : never;
type Session = Awaited<ReturnType<Fixture['signIn']>>;

/** The queue at a position among those there now (created ones included), or an id nobody has. */
const queueAt = (f: Fixture, n: number) => [...f.store.tables.queues.keys()].sort()[n] ?? 'que_gone';

async function run(f: Fixture, s: Session, group: { id: string | null }, userIds: string[], c: Command) {
  const ids = (list: number[]) => list.map((i) => userIds[i]!);
  const groupId = group.id ?? 'grp_gone';
  switch (c.kind) {
    case 'add':
      return f.call(s, 'queues.addMembers', { queueId: queueAt(f, c.queue), userIds: ids(c.users), role: c.role });
    case 'remove':
      return f.call(s, 'queues.removeMember', { queueId: queueAt(f, c.queue), userId: userIds[c.user]! });
    case 'role':
      return f.call(s, 'queues.setMemberRole', { queueId: queueAt(f, c.queue), userId: userIds[c.user]!, role: c.role });
    case 'create':
      return f.call(s, 'queues.create', { kind: 'call', name: c.name });
    case 'deleteQueue':
      return f.call(s, 'queues.delete', { queueId: queueAt(f, c.queue) });
    case 'groupGives':
      return f.call(s, 'groups.setProducts', { groupId, products: c.contactCenter ? [{ productId: QUEUE_PRODUCT, features: {} }] : [], alsoRemoveFromQueues: c.cleanup });
    case 'groupJoin':
      return f.call(s, 'groups.addMembers', { groupId, userIds: ids(c.users) });
    case 'groupLeave':
      return f.call(s, 'groups.removeMembers', { groupId, userIds: ids(c.users), alsoRemoveFromQueues: c.cleanup });
    case 'groupDelete': {
      const result = await f.call(s, 'groups.delete', { groupId, alsoRemoveFromQueues: c.cleanup });
      if (result.ok) group.id = null;
      return result;
    }
    case 'direct':
      return f.call(s, 'licences.apply', { userIds: ids(c.users), assign: c.give ? [{ productId: c.product, features: {} }] : [], remove: c.give ? [] : [c.product], alsoRemoveFromQueues: c.cleanup, notify: false });
    case 'deactivate':
      return f.call(s, 'users.setStatus', { userIds: [userIds[c.user]!], status: 'deactivated' });
  }
}

/** Every member of every queue, with whether they hold Contact Center now. */
function membersWithoutLicence(f: Fixture): string[] {
  const memberships = storeMemberships(f.store.tables);
  const lacking: string[] = [];
  for (const q of f.store.tables.queues.values()) {
    for (const m of q.members) {
      const holder = f.store.tables.users.get(m.userId);
      if (!holder || !holdsLicence(holder, memberships, QUEUE_PRODUCT)) lacking.push(`${m.userId} in ${q.name}`);
    }
  }
  return lacking;
}

describe('queues: every member holds Contact Center (property)', () => {
  it('after any sequence of queue, group and licence commands', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 10 }), async (commands) => {
        const f = await demoFixture();
        const s = await f.signIn('Claire');
        const made = await f.call(s, 'groups.create', { name: 'Phone desk' });
        if (!made.ok) throw new Error('group not created');
        const group = { id: made.value.id as string | null };
        const userIds = [...f.store.tables.users.keys()];
        expect(membersWithoutLicence(f)).toEqual([]);
        for (const c of commands) {
          const before = snapshot(f.store);
          const result = await run(f, s, group, userIds, c);
          if (!result.ok) expect(snapshot(f.store), `${c.kind} refused yet changed the store`).toBe(before);
          expect(membersWithoutLicence(f), `after ${JSON.stringify(c)}`).toEqual([]);
        }
      }),
      { seed: SEED, numRuns: 30 },
    );
  });
});
