import { describe, expect, it } from 'vitest';
import { assignedCount } from '../billing/views.ts';
import { demoFixture, snapshot, type Fixture } from '../testing/fixture.ts';

type Session = Awaited<ReturnType<Fixture['signIn']>>;

async function setUp() {
  const f = await demoFixture();
  const s = await f.signIn('Claire');
  const create = async (name: string) => {
    const made = await f.call(s, 'groups.create', { name });
    if (!made.ok) throw new Error(JSON.stringify(made.error));
    return made.value.id;
  };
  return { f, s, create };
}

const members = (f: Fixture, s: Session, groupId: string, names: string[], dryRun = false) => f.call(s, 'groups.addMembers', { groupId, userIds: names.map(f.userId), dryRun });
const give = (f: Fixture, s: Session, groupId: string, products: { productId: string; features?: Record<string, boolean> }[], dryRun = false) =>
  f.call(s, 'groups.setProducts', { groupId, products: products.map((p) => ({ productId: p.productId, features: p.features ?? {} })), dryRun });

async function licencesOfUser(f: Fixture, s: Session, name: string) {
  const got = await f.call(s, 'users.get', { userId: f.userId(name) });
  if (!got.ok) throw new Error('no user');
  return got.value.products;
}

describe('groups: names', () => {
  it('creates with a trimmed name, refuses a blank, long or taken one (any case), and audits', async () => {
    const { f, s } = await setUp();
    const made = await f.call(s, 'groups.create', { name: '  Support team ' });
    expect(made).toMatchObject({ ok: true, value: { name: 'Support team', members: [], products: [] } });
    const field = async (input: object, channel: 'groups.create' | 'groups.rename' = 'groups.create') => {
      const before = snapshot(f.store);
      const result = await f.call(s, channel, input);
      expect(snapshot(f.store)).toBe(before);
      return result.ok ? null : result.error.fields?.name?.key;
    };
    expect(await field({ name: '   ' })).toBe('errors.field.required');
    expect(await field({ name: 'x'.repeat(61) })).toBe('groups.errors.nameLength');
    expect(await field({ name: 'SUPPORT TEAM' })).toBe('groups.errors.nameTaken');
    const other = await f.call(s, 'groups.create', { name: 'Sales' });
    if (!other.ok || !made.ok) throw new Error('not created');
    expect(await field({ groupId: other.value.id, name: ' support team' }, 'groups.rename')).toBe('groups.errors.nameTaken');
    expect(await f.call(s, 'groups.rename', { groupId: made.value.id, name: 'SUPPORT team' })).toMatchObject({ ok: true, value: { name: 'SUPPORT team' } });
    const actions = [...f.store.tables.audit.values()].filter((e) => e.targetType === 'group').map((e) => e.action);
    expect(actions).toEqual(['group.created', 'group.created', 'group.renamed']);
  });

  it('is forbidden to someone who may not manage users, changing nothing', async () => {
    const { f } = await setUp();
    const tom = await f.signIn('Tom');
    const before = snapshot(f.store);
    expect(await f.call(tom, 'groups.create', { name: 'Mine' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(snapshot(f.store)).toBe(before);
  });
});

describe('groups: licences by group', () => {
  it('gives members the group’s products, shown “via” the group, counted once in seats, People and the holders list', async () => {
    const { f, s, create } = await setUp();
    const support = await create('Support team');
    const seatsBefore = assignedCount(f.store.tables, 'remote_support');
    expect((await members(f, s, support, ['Hannah', 'Inês', 'Claire'])).ok).toBe(true);
    const given = await give(f, s, support, [{ productId: 'remote_support', features: { session_recording: true } }]);
    expect(given.ok).toBe(true);
    if (!given.ok) return;
    // Claire held Remote Support directly: only Hannah and Inês take a seat.
    expect(given.value.plan.products).toEqual([expect.objectContaining({ productId: 'remote_support', assigned: 2, assignedAfter: seatsBefore + 2 })]);
    expect(assignedCount(f.store.tables, 'remote_support')).toBe(seatsBefore + 2);
    expect(await licencesOfUser(f, s, 'Hannah')).toContainEqual({ productId: 'remote_support', features: { session_recording: true, unattended_access: false }, direct: false, via: [{ id: support, name: 'Support team' }] });
    const claire = (await licencesOfUser(f, s, 'Claire')).find((p) => p.productId === 'remote_support');
    expect(claire).toMatchObject({ direct: true, via: [{ name: 'Support team' }], features: { session_recording: true } });
    const list = await f.call(s, 'users.list');
    expect(list.ok && 'users' in list.value && list.value.users.find((u) => u.id === f.userId('Hannah'))?.products).toEqual(['remote_support', 'meetings']);
    const products = await f.call(s, 'products.list');
    const holders = await f.call(s, 'products.holders', { productId: 'remote_support' });
    if (!products.ok || !holders.ok) throw new Error('no view');
    expect(products.value.products.find((p) => p.productId === 'remote_support')?.assigned).toBe(holders.value.holders.length);
    expect(holders.value.holders.find((h) => h.name === 'Hannah Becker')).toMatchObject({ direct: false, via: [{ name: 'Support team' }] });
    // Each member whose licences changed has an audit entry with what they hold after, and the group one of its products.
    const hannahAudit = [...f.store.tables.audit.values()].filter((e) => e.action === 'user.products.changed' && e.targetId === f.userId('Hannah'));
    expect(JSON.stringify(hannahAudit.at(-1)?.after)).toContain('Remote Support');
    expect([...f.store.tables.audit.values()].some((e) => e.action === 'group.products.changed' && e.targetId === support)).toBe(true);
  });

  it('takes away on leaving only what no direct licence or other group still gives', async () => {
    const { f, s, create } = await setUp();
    const a = await create('Support team');
    const b = await create('Night shift');
    await members(f, s, a, ['Claire', 'Hannah', 'Inês']);
    await members(f, s, b, ['Inês']);
    await give(f, s, a, [{ productId: 'remote_support' }]);
    await give(f, s, b, [{ productId: 'remote_support' }]);
    const removed = await f.call(s, 'groups.removeMembers', { groupId: a, userIds: ['Claire', 'Hannah', 'Inês'].map(f.userId) });
    expect(removed).toMatchObject({ ok: true, value: { plan: { products: [expect.objectContaining({ productId: 'remote_support', removed: 1 })] } } });
    expect((await licencesOfUser(f, s, 'Claire')).find((p) => p.productId === 'remote_support')).toMatchObject({ direct: true, via: [] });
    expect((await licencesOfUser(f, s, 'Hannah')).map((p) => p.productId)).toEqual(['meetings']);
    expect((await licencesOfUser(f, s, 'Inês')).find((p) => p.productId === 'remote_support')).toMatchObject({ direct: false, via: [{ name: 'Night shift' }] });
    // Deleting the other group takes it from Inês too.
    expect((await f.call(s, 'groups.delete', { groupId: b })).ok).toBe(true);
    expect((await licencesOfUser(f, s, 'Inês')).map((p) => p.productId)).toEqual(['meetings']);
    expect(f.store.tables.groups.has(b)).toBe(false);
  });

  it('refuses the whole change when seats run short, saying how many, and a dry run shows it', async () => {
    const { f, s, create } = await setUp();
    const big = await create('Everyone else');
    // Remote Support: 10 seats, 6 held; these five do not hold it.
    await members(f, s, big, ['Hannah', 'Inês', 'Olivia', 'Yannick', 'Sanne']);
    const before = snapshot(f.store);
    const dry = await give(f, s, big, [{ productId: 'remote_support' }, { productId: 'meetings' }], true);
    expect(dry).toMatchObject({ ok: true, value: { plan: { blockers: [{ key: 'errors.licences.seatsShort', params: { count: 1, product: 'Remote Support' } }] } } });
    expect(dry.ok && dry.value.plan.products.find((p) => p.productId === 'remote_support')?.missing).toBe(1);
    expect(snapshot(f.store)).toBe(before);
    const refused = await give(f, s, big, [{ productId: 'remote_support' }, { productId: 'meetings' }]);
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', key: 'errors.licences.seatsShort' } });
    expect(snapshot(f.store)).toBe(before);
    // With four members it fits; a fifth member is then refused the same way.
    await f.call(s, 'groups.removeMembers', { groupId: big, userIds: [f.userId('Sanne')] });
    expect((await give(f, s, big, [{ productId: 'remote_support' }])).ok).toBe(true);
    const mid = snapshot(f.store);
    expect(await members(f, s, big, ['Sanne'])).toMatchObject({ ok: false, error: { key: 'errors.licences.seatsShort' } });
    expect(snapshot(f.store)).toBe(mid);
  });

  it('gives nothing to deactivated users: they cannot join, and deactivating a member takes them out', async () => {
    const { f, s, create } = await setUp();
    const g = await create('Support team');
    await members(f, s, g, ['Hannah', 'Yannick']);
    await give(f, s, g, [{ productId: 'remote_support' }]);
    const count = assignedCount(f.store.tables, 'remote_support');
    expect((await f.call(s, 'users.setStatus', { userIds: [f.userId('Yannick')], status: 'deactivated' })).ok).toBe(true);
    expect(assignedCount(f.store.tables, 'remote_support')).toBe(count - 1);
    expect(f.store.tables.groups.get(g)?.memberIds).toEqual([f.userId('Hannah')]);
    const before = snapshot(f.store);
    expect(await members(f, s, g, ['Yannick'])).toMatchObject({ ok: false, error: { key: 'groups.errors.memberDeactivated' } });
    expect(snapshot(f.store)).toBe(before);
  });

  it('keeps the queue rules: a queued member losing Business Phone is listed, and can be taken out of the queues', async () => {
    const { f, s, create } = await setUp();
    const g = await create('Phones');
    await members(f, s, g, ['Sofia']);
    await give(f, s, g, [{ productId: 'business_phone' }]);
    // Her direct Business Phone goes; the group still gives it: no queue question.
    const direct = await f.call(s, 'licences.apply', { userIds: [f.userId('Sofia')], assign: [], remove: ['business_phone'], alsoRemoveFromQueues: false, notify: false });
    expect(direct).toMatchObject({ ok: true, value: { queueHolds: [] } });
    const dry = await f.call(s, 'groups.removeMembers', { groupId: g, userIds: [f.userId('Sofia')], dryRun: true });
    expect(dry).toMatchObject({ ok: true, value: { plan: { queueHolds: [expect.objectContaining({ name: 'Sofia Martins' })] } } });
    const cleared = await f.call(s, 'groups.removeMembers', { groupId: g, userIds: [f.userId('Sofia')], alsoRemoveFromQueues: true });
    expect(cleared).toMatchObject({ ok: true, value: { plan: { queuesCleared: true } } });
    expect([...f.store.tables.queues.values()].some((q) => q.members.some((m) => m.userId === f.userId('Sofia')))).toBe(false);
    expect((await licencesOfUser(f, s, 'Sofia')).map((p) => p.productId)).toEqual(['meetings']);
  });

  it('refuses to remove directly a product that only a group gives, naming the group', async () => {
    const { f, s, create } = await setUp();
    const g = await create('Support team');
    await members(f, s, g, ['Hannah']);
    await give(f, s, g, [{ productId: 'remote_support' }]);
    const before = snapshot(f.store);
    const result = await f.call(s, 'licences.apply', { userIds: [f.userId('Hannah')], assign: [], remove: ['remote_support'], alsoRemoveFromQueues: false, notify: false });
    expect(result).toMatchObject({ ok: false, error: { key: 'groups.errors.heldThroughGroup', params: { group: 'Support team', product: 'Remote Support' } } });
    expect(snapshot(f.store)).toBe(before);
  });
});
