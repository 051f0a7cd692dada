/** Managing queues: names, members (each with Contact Center, all or nothing), roles, deletion, audit, rights. */
import { describe, expect, it } from 'vitest';
import { plain } from '../testing/audit-plain.ts';
import { demoFixture, snapshot, type Fixture } from '../testing/fixture.ts';

type Session = Awaited<ReturnType<Fixture['signIn']>>;

async function setUp() {
  const f = await demoFixture();
  const s = await f.signIn('Claire');
  const create = async (name: string, kind: 'call' | 'inbound' | 'outbound' = 'call') => {
    const made = await f.call(s, 'queues.create', { kind, name });
    if (!made.ok) throw new Error(JSON.stringify(made.error));
    return made.value.id;
  };
  return { f, s, create };
}

/** The call's result, having checked that a refusal changed nothing. */
async function refused(f: Fixture, s: Session, call: () => ReturnType<Fixture['call']>) {
  const before = snapshot(f.store);
  const result = await call();
  expect(result.ok).toBe(false);
  expect(snapshot(f.store)).toBe(before);
  return result.ok ? null : result.error;
}

const auditOf = (f: Fixture) => [...f.store.tables.audit.values()].filter((e) => e.targetType === 'queue');

describe('queues: names', () => {
  it('creates with a trimmed name and its kind, empty, audited', async () => {
    const { f, s } = await setUp();
    const made = await f.call(s, 'queues.create', { kind: 'outbound', name: '  Win-back calls ' });
    expect(made).toMatchObject({ ok: true, value: { kind: 'outbound', name: 'Win-back calls', supervisors: [], agents: [] } });
    const listed = await f.call(s, 'queues.list', undefined);
    expect(listed.ok && 'queues' in listed.value && listed.value.queues.map((q) => q.name)).toContain('Win-back calls');
    const [entry] = auditOf(f);
    expect(entry).toMatchObject({ action: 'queue.created', before: null });
    expect(plain(entry!.after)).toEqual({ name: 'Win-back calls', members: [] });
  });

  it('refuses a blank, long, taken (any case, spaces aside) or control-character name, changing nothing', async () => {
    const { f, s, create } = await setUp();
    const key = async (name: string, queueId?: string) => {
      const error = await refused(f, s, () => (queueId ? f.call(s, 'queues.rename', { queueId, name }) : f.call(s, 'queues.create', { kind: 'call', name })));
      return error?.fields?.name?.key;
    };
    expect(await key('   ')).toBe('errors.field.required');
    expect(await key('x'.repeat(61))).toBe('queues.errors.nameLength');
    expect(await key(' SUPPORT hotline ')).toBe('queues.errors.nameTaken');
    expect(await key('Sales\u202Eenil')).toBe('queues.errors.nameInvalid');
    expect(await key('Sales\u0007')).toBe('queues.errors.nameInvalid');
    expect(await key('Sales\u200Bline')).toBe('queues.errors.nameInvalid');
    const id = await create('x'.repeat(60));
    expect(await key('support inbox', id)).toBe('queues.errors.nameTaken');
  });

  it('renames (its own name in another case is fine), audits before and after; the same name changes nothing', async () => {
    const { f, s, create } = await setUp();
    const id = await create('Billing line');
    expect(await f.call(s, 'queues.rename', { queueId: id, name: ' BILLING line ' })).toMatchObject({ ok: true, value: { name: 'BILLING line' } });
    const before = snapshot(f.store);
    expect(await f.call(s, 'queues.rename', { queueId: id, name: 'BILLING line' })).toMatchObject({ ok: true });
    expect(snapshot(f.store)).toBe(before);
    const renamed = auditOf(f).find((e) => e.action === 'queue.renamed')!;
    expect([plain(renamed.before), plain(renamed.after)]).toEqual([{ name: 'Billing line' }, { name: 'BILLING line' }]);
    expect((await refused(f, s, () => f.call(s, 'queues.rename', { queueId: 'que_gone', name: 'X' })))?.code).toBe('not_found');
  });
});

describe('queues: members', () => {
  it('adds one or many as agents or supervisors, each holding Contact Center directly or through a group', async () => {
    const { f, s, create } = await setUp();
    const id = await create('Billing line');
    const group = await f.call(s, 'groups.create', { name: 'Phone desk' });
    if (!group.ok) throw new Error('no group');
    await f.call(s, 'groups.setProducts', { groupId: group.value.id, products: [{ productId: 'contact_center', features: {} }] });
    await f.call(s, 'groups.addMembers', { groupId: group.value.id, userIds: [f.userId('Tom')] });
    const added = await f.call(s, 'queues.addMembers', { queueId: id, userIds: [f.userId('Sofia'), f.userId('Tom'), f.userId('Sofia')], role: 'agent' });
    expect(added).toMatchObject({ ok: true, value: { agents: [{ name: 'Sofia Martins' }, { name: 'Tom Walker' }] } });
    expect(await f.call(s, 'queues.addMembers', { queueId: id, userIds: [f.userId('Emma')], role: 'supervisor' })).toMatchObject({ ok: true, value: { supervisors: [{ name: 'Emma Leroy' }] } });
    // Already there: left as they are, nothing written.
    const before = snapshot(f.store);
    expect(await f.call(s, 'queues.addMembers', { queueId: id, userIds: [f.userId('Tom')], role: 'supervisor' })).toMatchObject({ ok: true, value: { agents: [{ name: 'Sofia Martins' }, { name: 'Tom Walker' }] } });
    expect(snapshot(f.store)).toBe(before);
    const entry = auditOf(f).find((e) => e.action === 'queue.members.added')!;
    expect(entry.after).toMatchObject({ members: { kind: 'list', items: [{ id: f.userId('Sofia'), name: 'Sofia Martins', as: 'agent' }, { id: f.userId('Tom'), as: 'agent' }] } });
  });

  it('refuses everyone when one lacks Contact Center, naming who in the actor’s language', async () => {
    const { f, s, create } = await setUp();
    const id = await create('Billing line');
    const error = await refused(f, s, () => f.call(s, 'queues.addMembers', { queueId: id, userIds: [f.userId('Sofia'), f.userId('Tom'), f.userId('Hannah')], role: 'agent' }));
    expect(error).toMatchObject({ code: 'conflict', key: 'queues.errors.noLicence', params: { names: 'Tom Walker and Hannah Becker', count: 2 } });
    expect(error?.message).toBe('Tom Walker and Hannah Becker have no Contact Center licence: every supervisor and agent of a queue needs one. Nobody was added.');
    const marco = await f.signIn('Marco');
    const italian = await refused(f, marco, () => f.call(marco, 'queues.addMembers', { queueId: id, userIds: [f.userId('Tom')], role: 'agent' }));
    expect(italian?.message).toBe('Tom Walker non ha una licenza Contact Center: ogni supervisore e agente di una coda ne ha bisogno. Nessuno è stato aggiunto.');
    expect((await refused(f, s, () => f.call(s, 'queues.addMembers', { queueId: id, userIds: ['usr_gone'], role: 'agent' })))?.code).toBe('not_found');
    expect((await refused(f, s, () => f.call(s, 'queues.addMembers', { queueId: 'que_gone', userIds: [f.userId('Sofia')], role: 'agent' })))?.code).toBe('not_found');
  });

  it('a deactivated holder holds nothing and is refused', async () => {
    const { f, s, create } = await setUp();
    const id = await create('Billing line');
    await f.call(s, 'users.setStatus', { userIds: [f.userId('Giulia')], status: 'deactivated' });
    expect(await refused(f, s, () => f.call(s, 'queues.addMembers', { queueId: id, userIds: [f.userId('Giulia')], role: 'agent' }))).toMatchObject({ key: 'queues.errors.noLicence' });
  });

  it('switches a member between agent and supervisor, audited; the same role or a stranger changes nothing', async () => {
    const { f, s } = await setUp();
    const hotline = [...f.store.tables.queues.values()].find((q) => q.name === 'Support hotline')!;
    const emma = f.userId('Emma');
    const moved = await f.call(s, 'queues.setMemberRole', { queueId: hotline.id, userId: emma, role: 'supervisor' });
    expect(moved).toMatchObject({ ok: true, value: { supervisors: [{ name: 'Sofia Martins' }, { name: 'Emma Leroy' }], agents: [{ name: 'Lucía García' }] } });
    const entry = auditOf(f).find((e) => e.action === 'queue.member.role_changed')!;
    expect([entry.before, entry.after]).toMatchObject([{ members: { items: [{ id: emma, as: 'agent' }] } }, { members: { items: [{ id: emma, as: 'supervisor' }] } }]);
    const before = snapshot(f.store);
    expect(await f.call(s, 'queues.setMemberRole', { queueId: hotline.id, userId: emma, role: 'supervisor' })).toMatchObject({ ok: true });
    expect(snapshot(f.store)).toBe(before);
    expect((await refused(f, s, () => f.call(s, 'queues.setMemberRole', { queueId: hotline.id, userId: f.userId('Tom'), role: 'agent' })))?.key).toBe('errors.queues.notAMember');
  });

  it('removeMember is unassign: the last place takes the direct licence', async () => {
    const { f, s, create } = await setUp();
    const id = await create('Billing line');
    await f.call(s, 'queues.addMembers', { queueId: id, userIds: [f.userId('Sofia')], role: 'agent' });
    expect(await f.call(s, 'queues.removeMember', { queueId: id, userId: f.userId('Sofia') })).toMatchObject({ ok: true, value: { licenceFreed: false, keptThrough: [], queue: { agents: [] } } });
    expect((await refused(f, s, () => f.call(s, 'queues.removeMember', { queueId: id, userId: f.userId('Sofia') })))?.key).toBe('errors.queues.notAMember');
  });
});

describe('queues: deletion and rights', () => {
  it('deletes: members just leave, their licences stay; audited with who was in it', async () => {
    const { f, s } = await setUp();
    const inbox = [...f.store.tables.queues.values()].find((q) => q.name === 'Support inbox')!;
    const products = JSON.stringify([...f.store.tables.users.values()].map((u) => u.products));
    expect(await f.call(s, 'queues.delete', { queueId: inbox.id })).toEqual({ ok: true, value: { id: inbox.id, name: 'Support inbox', membersLeft: 2 } });
    expect(f.store.tables.queues.has(inbox.id)).toBe(false);
    expect(JSON.stringify([...f.store.tables.users.values()].map((u) => u.products))).toBe(products);
    const entry = auditOf(f).find((e) => e.action === 'queue.deleted')!;
    expect(entry.after).toBeNull();
    expect(plain(entry.before)).toMatchObject({ name: 'Support inbox' });
    expect((await refused(f, s, () => f.call(s, 'queues.delete', { queueId: inbox.id })))?.code).toBe('not_found');
  });

  it('is forbidden to someone who may not manage users, changing nothing', async () => {
    const { f } = await setUp();
    const tom = await f.signIn('Tom');
    const jan = await f.signIn('Jan');
    const hotline = [...f.store.tables.queues.values()].find((q) => q.name === 'Support hotline')!;
    for (const actor of [tom, jan]) {
      expect((await refused(f, actor, () => f.call(actor, 'queues.create', { kind: 'call', name: 'Mine' })))?.code).toBe('forbidden');
      expect((await refused(f, actor, () => f.call(actor, 'queues.delete', { queueId: hotline.id })))?.code).toBe('forbidden');
      expect((await refused(f, actor, () => f.call(actor, 'queues.setMemberRole', { queueId: hotline.id, userId: f.userId('Emma'), role: 'supervisor' })))?.code).toBe('forbidden');
    }
  });
});
