/**
 * queues.list's revision: a caller that sends the revision it holds is told "unchanged" only while the
 * queues are what it holds. They are made of the queues, the users (names, emails, licences) and the
 * groups (the licences they give), and of no clock. Checked on the tables under any sequence of writes
 * (puts, deletes, clears, a table swapped for another, writes elsewhere) and through the core.
 */
import fc from 'fast-check';
import { elsewhere, expectRevisionFollowsAnswer } from '../testing/revision-property.ts';
import { describe, expect, it } from 'vitest';
import { emptyTables, del, put, type Change } from '../model/changes.ts';
import type { Group, Queue, User } from '../model/records.ts';
import { queuesListInput, queuesListOutput } from '../schemas/queues.ts';
import { demoFixture } from '../testing/fixture.ts';
import { listQueues, queuesListRevision } from './view.ts';

const SEED = 20261208;

describe('queues.list: contract', () => {
  it('takes an optional revision and answers the queues or "unchanged", nothing else', () => {
    expect(queuesListInput.safeParse(undefined).success).toBe(true);
    expect(queuesListInput.safeParse({ since: '1.2.3' }).success).toBe(true);
    expect(queuesListInput.safeParse({ since: 3 }).success).toBe(false);
    expect(queuesListInput.safeParse({ since: '1', more: true }).success).toBe(false);
    expect(queuesListOutput.safeParse({ revision: '1.2.3', unchanged: true }).success).toBe(true);
    expect(queuesListOutput.safeParse({ revision: '1.2.3', queues: [] }).success).toBe(true);
    expect(queuesListOutput.safeParse({ revision: '1.2.3', unchanged: false }).success).toBe(false);
    expect(queuesListOutput.safeParse({ revision: '1.2.3', unchanged: true, queues: [] }).success).toBe(false);
  });
});

describe('queues.list: revision through the core', () => {
  it('answers "unchanged" while nothing changed, the queues once a member left or was renamed', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const whole = async () => {
      const listed = await f.call(s, 'queues.list');
      if (!listed.ok || !('queues' in listed.value)) throw new Error('no list');
      return listed.value;
    };
    const first = await whole();
    await f.call(s, 'overview.get', { months: 12 });
    expect(await f.call(s, 'queues.list', { since: first.revision })).toEqual({ ok: true, value: { revision: first.revision, unchanged: true } });
    // A member leaving a queue.
    const queue = first.queues.find((q) => q.agents.length)!;
    const member = queue.agents[0]!;
    expect((await f.call(s, 'queues.unassign', { queueId: queue.id, userId: member.userId })).ok).toBe(true);
    const left = await f.call(s, 'queues.list', { since: first.revision });
    if (!left.ok || !('queues' in left.value)) throw new Error('a changed list was reported unchanged');
    expect(left.value.queues.find((q) => q.id === queue.id)!.agents.map((m) => m.userId)).not.toContain(member.userId);
    // A member's own name changed (only the users table is written).
    const claire = f.userId('Claire');
    const listed = left.value;
    const email = f.store.tables.users.get(claire)!.email;
    expect((await f.call(s, 'users.updateDetails', { userId: claire, firstName: 'Clara', lastName: 'Dubois', email })).ok).toBe(true);
    const renamed = await f.call(s, 'queues.list', { since: listed.revision });
    expect(renamed.ok && 'queues' in renamed.value && renamed.value.queues).toEqual(listQueues(f.store.tables));
    expect(await f.call(s, 'queues.list', { since: 'not-a-revision' })).toMatchObject({ ok: true, value: { queues: expect.any(Array) } });
  });

  it('tells someone without Manage users nothing, whatever revision they send', async () => {
    const f = await demoFixture();
    const listed = await f.call(await f.signIn('Claire'), 'queues.list');
    if (!listed.ok) throw new Error('no list');
    expect(await f.call(await f.signIn('Tom'), 'queues.list', { since: listed.value.revision })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('sends the queues whole when a table keeps no stamp', () => {
    const tables = emptyTables();
    expect(queuesListRevision(tables)).not.toBeNull();
    expect(queuesListRevision({ ...tables, groups: new Map() })).toBeNull();
  });
});

// --- The tables under any writes -------------------------------------------------------------

const userIds = ['u1', 'u2', 'u3'];
const queueIds = ['q1', 'q2'];
const groupIds = ['g1'];

const user = (id: string, v: { first: string; status: User['status']; cc: boolean }): User =>
  ({
    id,
    email: `${id}@example.test`,
    firstName: v.first,
    lastName: 'Test',
    role: 'user',
    billingContact: false,
    status: v.status,
    products: v.cc ? [{ productId: 'contact_center', features: {}, assignedAt: '2026-01-01T00:00:00.000Z' }] : [],
    updatedAt: '2026-01-01T00:00:00.000Z',
    createdAt: '2026-01-01T00:00:00.000Z',
  }) as unknown as User;

const write = fc.oneof(
  fc.record({ kind: fc.constant('user' as const), id: fc.constantFrom(...userIds), first: fc.constantFrom('Ann', 'Bea'), status: fc.constantFrom<User['status'][]>('active', 'deactivated'), cc: fc.boolean() }),
  fc.record({ kind: fc.constant('queue' as const), id: fc.constantFrom(...queueIds), name: fc.constantFrom('Support', 'Sales'), members: fc.subarray(userIds), supervisor: fc.boolean() }),
  fc.record({ kind: fc.constant('group' as const), id: fc.constantFrom(...groupIds), members: fc.subarray(userIds), cc: fc.boolean(), name: fc.constantFrom('A', 'B') }),
  fc.record({ kind: fc.constant('del' as const), coll: fc.constantFrom('users' as const, 'queues' as const, 'groups' as const), id: fc.constantFrom(...userIds, ...queueIds, ...groupIds) }),
  fc.record({ kind: fc.constant('other' as const), id: fc.constantFrom('n1', 'n2') }),
  fc.record({ kind: fc.constant('clear' as const), coll: fc.constantFrom('users' as const, 'queues' as const, 'groups' as const) }),
  fc.record({ kind: fc.constant('swap' as const), coll: fc.constantFrom('users' as const, 'queues' as const, 'groups' as const) }),
);
type Write = typeof write extends fc.Arbitrary<infer T> ? T : never;

function changeOf(w: Write): Change | null {
  switch (w.kind) {
    case 'user':
      return put('users', w.id, user(w.id, w));
    case 'queue':
      return put('queues', w.id, { id: w.id, kind: 'call', name: w.name, members: w.members.map((userId, i) => ({ userId, role: w.supervisor && i === 0 ? 'supervisor' : 'agent' })), createdAt: '2026-01-01T00:00:00.000Z' } as Queue);
    case 'group':
      return put('groups', w.id, { id: w.id, name: w.name, memberIds: w.members, products: w.cc ? [{ productId: 'contact_center', features: {} }] : [] } as unknown as Group);
    case 'del':
      return del(w.coll, w.id);
    case 'other':
      return elsewhere(w.id);
    default:
      return null;
  }
}

describe('queues.list: revision (property)', () => {
  it('changes whenever the queues change, and stays while nothing was written to what they read', () => {
    expectRevisionFollowsAnswer({
      writes: write,
      toWrite: (w) => changeOf(w) ?? (w.kind === 'clear' || w.kind === 'swap' ? { kind: w.kind, coll: w.coll } : null),
      unrelated: (w) => w.kind === 'other',
      answer: listQueues,
      revision: queuesListRevision,
      seed: SEED,
    });
  });
});
