/**
 * Unassigning a queue's last member place: the answer says what happened to the Contact Center seat.
 * A group that still gives the licence keeps the seat taken (core/licences/effective.ts decides).
 */
import { describe, expect, it } from 'vitest';
import { holderCounts } from '../licences/effective.ts';
import { demoFixture, type Fixture } from '../testing/fixture.ts';

type Session = Awaited<ReturnType<Fixture['signIn']>>;

/** A group giving Contact Center to the named people. */
async function contactCenterGroup(f: Fixture, s: Session, ...names: string[]) {
  const made = await f.call(s, 'groups.create', { name: 'Phone desk' });
  if (!made.ok) throw new Error('no group');
  await f.call(s, 'groups.setProducts', { groupId: made.value.id, products: [{ productId: 'contact_center', features: {} }] });
  await f.call(s, 'groups.addMembers', { groupId: made.value.id, userIds: names.map(f.userId) });
  return made.value;
}

const queueIdsOf = (f: Fixture, userId: string) => [...f.store.tables.queues.values()].filter((q) => q.members.some((m) => m.userId === userId)).map((q) => q.id);

describe('queues.unassign: the Contact Center seat', () => {
  it('says the licence was freed when the last queue goes and nothing else gives it', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const emma = f.userId('Emma');
    const [first, last] = queueIdsOf(f, emma);
    expect(await f.call(s, 'queues.unassign', { queueId: first!, userId: emma })).toMatchObject({ ok: true, value: { licenceFreed: false, keptThrough: [] } });
    const before = holderCounts(f.store.tables).get('contact_center');
    expect(await f.call(s, 'queues.unassign', { queueId: last!, userId: emma })).toMatchObject({ ok: true, value: { licenceFreed: true, keptThrough: [] } });
    expect(holderCounts(f.store.tables).get('contact_center')).toBe(before! - 1);
  });

  it('does not say freed when a group still gives Contact Center: the seat stays taken, and the group is named', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const group = await contactCenterGroup(f, s, 'Emma');
    const emma = f.userId('Emma');
    const [first, last] = queueIdsOf(f, emma);
    await f.call(s, 'queues.unassign', { queueId: first!, userId: emma });
    // The list says so before the confirmation: the Unassign dialog reads it.
    const listed = await f.call(s, 'queues.list', undefined);
    const place = listed.ok && 'queues' in listed.value ? listed.value.queues.find((q) => q.id === last)?.agents.find((m) => m.userId === emma) : undefined;
    expect(place?.contactCenterVia).toEqual([{ id: group.id, name: 'Phone desk' }]);
    const before = holderCounts(f.store.tables).get('contact_center');
    const result = await f.call(s, 'queues.unassign', { queueId: last!, userId: emma });
    expect(result).toMatchObject({ ok: true, value: { licenceFreed: false, keptThrough: [{ id: group.id, name: 'Phone desk' }] } });
    expect(holderCounts(f.store.tables).get('contact_center')).toBe(before);
  });
});

describe('Business Phone removal with the queue cleanup: the Contact Center seat', () => {
  it('names the group that still gives Contact Center, and counts no seat freed for it', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const group = await contactCenterGroup(f, s, 'Emma');
    const change = { userIds: [f.userId('Emma'), f.userId('Giulia')], assign: [], remove: ['business_phone'], alsoRemoveFromQueues: true, notify: false };
    const plan = await f.call(s, 'licences.preview', change);
    if (!plan.ok) throw new Error(JSON.stringify(plan.error));
    expect(plan.value.queueHolds.map((h) => [h.name, h.keptThrough])).toEqual([
      ['Emma Leroy', [{ id: group.id, name: 'Phone desk' }]],
      ['Giulia Conti', []],
    ]);
    expect(plan.value.products.find((p) => p.productId === 'contact_center')).toMatchObject({ removed: 1 });
  });
});

