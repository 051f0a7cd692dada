/**
 * users.list's revision: a caller that sends the revision it holds is told "unchanged" only while the
 * list is what it holds. Checked on the tables under any sequence of writes (puts, deletes, clears, a
 * table swapped for another), and through the core under any sequence of the commands that change
 * users, custom roles, groups and licences — with reads in between that must keep the revision.
 */
import fc from 'fast-check';
import { elsewhere, expectRevisionFollowsAnswer } from '../testing/revision-property.ts';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../catalog/catalog.ts';
import { emptyTables, del, put, type Change } from '../model/changes.ts';
import type { CustomRole, Group, User } from '../model/records.ts';
import { usersListInput, usersListOutput } from '../schemas/users.ts';
import { demoFixture, snapshot, type Fixture } from '../testing/fixture.ts';
import { listUsers, usersListRevision } from './views.ts';

const SEED = 20261208;
const PRODUCTS = CATALOG.map((p) => p.id);
type Session = Awaited<ReturnType<Fixture['signIn']>>;

describe('users.list: contract', () => {
  it('takes an optional revision and answers the list or "unchanged", nothing else', () => {
    expect(usersListInput.safeParse(undefined).success).toBe(true);
    expect(usersListInput.safeParse({ since: '1.2.3' }).success).toBe(true);
    expect(usersListInput.safeParse({ since: 3 }).success).toBe(false);
    expect(usersListInput.safeParse({ since: '1', more: true }).success).toBe(false);
    expect(usersListOutput.safeParse({ revision: '1.2.3', unchanged: true }).success).toBe(true);
    expect(usersListOutput.safeParse({ revision: '1.2.3', users: [] }).success).toBe(true);
    expect(usersListOutput.safeParse({ revision: '1.2.3', unchanged: false }).success).toBe(false);
    expect(usersListOutput.safeParse({ revision: '1.2.3', unchanged: true, users: [] }).success).toBe(false);
  });
});

describe('users.list: revision', () => {
  it('answers "unchanged" to the revision it gave while nothing changed, the list once something did', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const first = await f.call(s, 'users.list');
    if (!first.ok || !('users' in first.value)) throw new Error('no list');
    const { revision } = first.value;
    await f.call(s, 'overview.get', { months: 12 });
    expect(await f.call(s, 'users.list', { since: revision })).toEqual({ ok: true, value: { revision, unchanged: true } });
    const hannah = f.userId('Hannah');
    await f.call(s, 'licences.apply', { userIds: [hannah], assign: [{ productId: 'remote_support', features: {} }], remove: [], alsoRemoveFromQueues: false, notify: false });
    const after = await f.call(s, 'users.list', { since: revision });
    if (!after.ok || !('users' in after.value)) throw new Error('a changed list was reported unchanged');
    expect(after.value.revision).not.toBe(revision);
    expect(after.value.users.find((u) => u.id === hannah)?.products).toContain('remote_support');
    // A revision this core never gave is not "unchanged" either.
    const foreign = await f.call(s, 'users.list', { since: 'not-a-revision' });
    expect(foreign.ok && 'users' in foreign.value).toBe(true);
  });

  it('tells someone without Manage users nothing, whatever revision they send', async () => {
    const f = await demoFixture();
    const admin = await f.signIn('Claire');
    const listed = await f.call(admin, 'users.list');
    if (!listed.ok) throw new Error('no list');
    const plain = await f.signIn('Hannah');
    const answer = await f.call(plain, 'users.list', { since: listed.value.revision });
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('sends the list whole when a table keeps no stamp (nothing can be said to be unchanged)', () => {
    const tables = emptyTables();
    expect(usersListRevision(tables)).not.toBeNull();
    expect(usersListRevision({ ...tables, users: new Map() })).toBeNull();
  });
});

// --- The tables under any writes -------------------------------------------------------------

const ids = ['u1', 'u2', 'u3'];
const roleIds = ['r1', 'r2'];
const groupIds = ['g1', 'g2'];

const user = (id: string, v: { first: string; status: User['status']; product: string | null; role: string | null }): User =>
  ({
    id,
    email: `${id}@example.test`,
    firstName: v.first,
    lastName: 'Test',
    role: 'user',
    ...(v.role ? { customRoleId: v.role } : {}),
    billingContact: false,
    status: v.status,
    products: v.product ? [{ productId: v.product, features: {}, assignedAt: '2026-01-01T00:00:00.000Z' }] : [],
    updatedAt: '2026-01-01T00:00:00.000Z',
    createdAt: '2026-01-01T00:00:00.000Z',
  }) as unknown as User;

const write = fc.oneof(
  fc.record({
    kind: fc.constant('user' as const),
    id: fc.constantFrom(...ids),
    first: fc.constantFrom('Ann', 'Bea'),
    status: fc.constantFrom<User['status'][]>('active', 'invited', 'deactivated'),
    product: fc.option(fc.constantFrom(...PRODUCTS)),
    role: fc.option(fc.constantFrom(...roleIds)),
  }),
  fc.record({ kind: fc.constant('role' as const), id: fc.constantFrom(...roleIds), name: fc.constantFrom('Desk', 'Team') }),
  fc.record({ kind: fc.constant('group' as const), id: fc.constantFrom(...groupIds), members: fc.subarray(ids), product: fc.constantFrom(...PRODUCTS), name: fc.constantFrom('A', 'B') }),
  fc.record({ kind: fc.constant('del' as const), coll: fc.constantFrom('users' as const, 'roles' as const, 'groups' as const), id: fc.constantFrom(...ids, ...roleIds, ...groupIds) }),
  fc.record({ kind: fc.constant('other' as const), id: fc.constantFrom('n1', 'n2') }),
  fc.record({ kind: fc.constant('clear' as const), coll: fc.constantFrom('users' as const, 'roles' as const, 'groups' as const) }),
  fc.record({ kind: fc.constant('swap' as const), coll: fc.constantFrom('users' as const, 'roles' as const, 'groups' as const) }),
);
type Write = typeof write extends fc.Arbitrary<infer T> ? T : never;

function changeOf(w: Write): Change | null {
  switch (w.kind) {
    case 'user':
      return put('users', w.id, user(w.id, w));
    case 'role':
      return put('roles', w.id, { id: w.id, name: w.name, permissions: [] } satisfies CustomRole);
    case 'group':
      return put('groups', w.id, { id: w.id, name: w.name, memberIds: w.members, products: [{ productId: w.product, features: {} }] } as unknown as Group);
    case 'del':
      return del(w.coll, w.id);
    case 'other':
      return elsewhere(w.id);
    default:
      return null;
  }
}

describe('users.list: revision (property)', () => {
  it('changes whenever the list changes, and stays while nothing was written to what the list reads', () => {
    expectRevisionFollowsAnswer({
      writes: write,
      toWrite: (w) => changeOf(w) ?? (w.kind === 'clear' || w.kind === 'swap' ? { kind: w.kind, coll: w.coll } : null),
      unrelated: (w) => w.kind === 'other',
      answer: listUsers,
      revision: usersListRevision,
      seed: SEED,
    });
  });

  // --- Through the core, under the commands that change users, roles, groups and licences ------

  const command = fc.oneof(
    fc.record({ kind: fc.constant('create' as const), n: fc.nat({ max: 1000 }) }),
    fc.record({ kind: fc.constant('status' as const), user: fc.integer({ min: 8, max: 15 }), on: fc.boolean() }),
    fc.record({ kind: fc.constant('customRole' as const), user: fc.integer({ min: 8, max: 15 }), role: fc.nat({ max: 1 }) }),
    fc.record({ kind: fc.constant('renameRole' as const), role: fc.nat({ max: 1 }), name: fc.constantFrom('Desk', 'Helpdesk', 'Night desk') }),
    fc.record({ kind: fc.constant('deleteRole' as const), role: fc.nat({ max: 1 }) }),
    fc.record({ kind: fc.constant('group' as const), group: fc.nat({ max: 1 }), users: fc.uniqueArray(fc.integer({ min: 8, max: 15 }), { minLength: 1, maxLength: 3 }), leave: fc.boolean() }),
    fc.record({ kind: fc.constant('groupProducts' as const), group: fc.nat({ max: 1 }), products: fc.subarray(PRODUCTS) }),
    fc.record({ kind: fc.constant('licence' as const), user: fc.integer({ min: 8, max: 15 }), product: fc.constantFrom(...PRODUCTS), give: fc.boolean() }),
    fc.record({ kind: fc.constant('delete' as const), user: fc.integer({ min: 12, max: 15 }) }),
    fc.record({ kind: fc.constant('ownName' as const), first: fc.constantFrom('Claire', 'Clara') }),
    fc.record({ kind: fc.constant('read' as const) }),
  );
  type Command = typeof command extends fc.Arbitrary<infer T> ? T : never;

  async function run(f: Fixture, s: Session, roles: string[], groups: string[], userIds: string[], c: Command) {
    const alsoRemoveFromQueues = false;
    switch (c.kind) {
      case 'create':
        return f.call(s, 'users.create', { firstName: 'New', lastName: `Person ${c.n}`, email: `new.${c.n}@example.test`, role: 'user', billingContact: false });
      case 'status':
        return f.call(s, 'users.setStatus', { userIds: [userIds[c.user]!], status: c.on ? 'active' : 'deactivated' });
      case 'customRole':
        return f.call(s, 'users.setRole', { userIds: [userIds[c.user]!], role: 'user', customRoleId: roles[c.role]! });
      case 'renameRole':
        return f.call(s, 'roles.save', { id: roles[c.role]!, name: `${c.name} ${c.role}`, permissions: ['manage_users'] });
      case 'deleteRole':
        return f.call(s, 'roles.delete', { id: roles[c.role]! });
      case 'group':
        return f.call(s, c.leave ? 'groups.removeMembers' : 'groups.addMembers', { groupId: groups[c.group]!, userIds: c.users.map((i) => userIds[i]!), ...(c.leave ? { alsoRemoveFromQueues } : {}) });
      case 'groupProducts':
        return f.call(s, 'groups.setProducts', { groupId: groups[c.group]!, products: c.products.map((productId) => ({ productId, features: {} })), alsoRemoveFromQueues });
      case 'licence':
        return f.call(s, 'licences.apply', { userIds: [userIds[c.user]!], assign: c.give ? [{ productId: c.product, features: {} }] : [], remove: c.give ? [] : [c.product], alsoRemoveFromQueues, notify: false });
      case 'delete':
        return f.call(s, 'users.delete', { userIds: [userIds[c.user]!] });
      case 'ownName':
        return f.call(s, 'users.updateDetails', { userId: f.userId('Claire'), firstName: c.first, lastName: 'Dubois', email: [...f.store.tables.users.values()].find((u) => u.id === f.userId('Claire'))!.email });
      case 'read':
        return f.call(s, 'overview.get', { months: 12 });
    }
  }

  it('through the core: never "unchanged" after a command changed the list; unchanged after a read', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 10 }), async (commands) => {
        const f = await demoFixture();
        const s = await f.signIn('Claire');
        const roles: string[] = [];
        for (const name of ['Desk 0', 'Desk 1']) {
          const made = await f.call(s, 'roles.save', { name, permissions: ['manage_users'] });
          if (!made.ok) throw new Error('role not created');
          roles.push(made.value.id);
        }
        const groups: string[] = [];
        for (const name of ['Support team', 'Sales']) {
          const made = await f.call(s, 'groups.create', { name });
          if (!made.ok) throw new Error('group not created');
          groups.push(made.value.id);
        }
        const userIds = [...f.store.tables.users.keys()];
        const whole = async () => {
          const listed = await f.call(s, 'users.list');
          if (!listed.ok || !('users' in listed.value)) throw new Error('no list');
          return listed.value;
        };
        let held = await whole();
        for (const c of commands) {
          const before = snapshot(f.store);
          await run(f, s, roles, groups, userIds, c);
          const now = await whole();
          const asked = await f.call(s, 'users.list', { since: held.revision });
          if (!asked.ok) throw new Error('list refused');
          if (JSON.stringify(now.users) !== JSON.stringify(held.users)) {
            expect('unchanged' in asked.value, `${c.kind} changed the list, yet it was reported unchanged`).toBe(false);
            expect(now.revision).not.toBe(held.revision);
          }
          if (snapshot(f.store) === before) expect(asked.value, `${c.kind} wrote nothing`).toEqual({ revision: held.revision, unchanged: true });
          held = now;
        }
      }),
      { seed: SEED, numRuns: 25 },
    );
  });
});
