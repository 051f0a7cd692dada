import { describe, expect, it } from 'vitest';
import { assignedCount } from '../billing/views.ts';
import { seatsBought } from '../licences/seats.ts';
import { put } from '../model/changes.ts';
import { MemoryStore } from '../store/memory-store.ts';
import { demoFixture, snapshot, type Fixture } from '../testing/fixture.ts';
import { checkRows as check, emailOf, rowsOf } from '../testing/import-rows.ts';

type Session = Awaited<ReturnType<Fixture['signIn']>>;

const holds = (f: Fixture, first: string, productId: string) => f.store.tables.users.get(f.userId(first))!.products.find((p) => p.productId === productId);
const queuesOf = (f: Fixture, first: string) => [...f.store.tables.queues.values()].filter((q) => q.members.some((m) => m.userId === f.userId(first))).map((q) => q.name);

/** One row per status (and the three kinds of `ok`), on the demo account. */
const EVERY_STATUS = [
  [emailOf('Hannah'), 'Remote Support', 'session_recording=on', 'assign'],
  [emailOf('Tom'), 'remote_support', '+unattended_access', 'add'],
  [emailOf('Olivia'), 'Meetings', '', 'remove'],
  ['nobody@lumen-analytics.example', 'Meetings', '', 'assign'],
  [emailOf('Hannah'), 'Teleport', '', 'assign'],
  [emailOf('Claire'), 'Meetings', '', 'assign'],
  [emailOf('Yannick'), 'Meetings', '', 'remove'],
  [emailOf('Hannah'), 'Meetings', '', 'give'],
  [emailOf('Hannah').toUpperCase(), 'remote support', 'session_recording=on', 'ASSIGN'],
  [emailOf('Inês'), 'Meetings', '', 'assign'],
  [emailOf('Inês'), 'Meetings', '', 'remove'],
  [emailOf('Giulia'), 'Contact Center', '', 'remove'],
  [emailOf('Pablo'), 'Meetings', '', 'assign'],
  [emailOf('Yannick'), 'Contact Center', '', 'assign'],
  [emailOf('Noah'), 'Contact Center', '', 'assign'],
];

async function withPabloDeactivated(): Promise<{ f: Fixture; s: Session }> {
  const f = await demoFixture();
  const pablo = f.store.tables.users.get(f.userId('Pablo'))!;
  await f.store.commit([put('users', pablo.id, { ...pablo, status: 'deactivated' })]);
  return { f, s: await f.signIn('Claire') };
}

describe('imports.check: the dry run', () => {
  it('gives every row its status, in the actor’s language, and changes nothing', async () => {
    const { f, s } = await withPabloDeactivated();
    // Contact Center: 5 seats, 4 held: one free, taken by the first row that asks.
    expect(assignedCount(f.store.tables, 'contact_center')).toBe(4);
    const before = snapshot(f.store);
    const report = await check(f, s, rowsOf(EVERY_STATUS));
    expect(report.rows.map((r) => [r.line, r.status, r.key])).toEqual([
      [2, 'ok', 'imports.row.assign'],
      [3, 'ok', 'imports.row.update'],
      [4, 'ok', 'imports.row.remove'],
      [5, 'unknown_user', 'imports.errors.unknownUser'],
      [6, 'unknown_product', 'imports.errors.unknownProduct'],
      [7, 'already_assigned', 'imports.errors.alreadyAssigned'],
      [8, 'not_assigned', 'imports.errors.notAssigned'],
      [9, 'malformed', 'imports.errors.unknownAction'],
      [10, 'duplicate', 'imports.errors.duplicate'],
      [11, 'malformed', 'imports.errors.conflict'],
      [12, 'malformed', 'imports.errors.conflict'],
      [13, 'in_queues', 'imports.errors.inQueues'],
      [14, 'deactivated', 'imports.errors.deactivated'],
      [15, 'ok', 'imports.row.assign'],
      [16, 'no_seats', 'imports.errors.noSeats'],
    ]);
    expect(report.rows[3]!.message).toBe('No user with the email nobody@lumen-analytics.example.');
    expect(report.rows[8]!.message).toBe('Repeats line 2: only that line counts.');
    expect(report.rows[9]!.params).toEqual({ lines: '11, 12' });
    expect(report.totals).toEqual({ ok: 4, unknown_user: 1, unknown_product: 1, no_seats: 1, already_assigned: 1, not_assigned: 1, deactivated: 1, in_queues: 1, duplicate: 1, malformed: 3 });
    expect(report.products.find((p) => p.productId === 'contact_center')).toMatchObject({ assigned: 1, seats: 5, assignedAfter: 5, freeAfter: 0, missing: 0 });
    expect(report.queueHolds.map((h) => h.name)).toEqual(['Giulia Conti']);
    expect(report.blockers).toEqual([]);
    expect(snapshot(f.store)).toBe(before);
  });

  it('reports repeats: the same ask again is a duplicate, different features for the same licence are malformed', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const report = await check(f, s, rowsOf([
      [emailOf('Hannah'), 'Remote Support', 'session_recording=on', 'assign'],
      [emailOf('Hannah'), 'Remote Support', 'session_recording=off', 'assign'],
      [emailOf('Yannick'), 'Meetings', '+webinars', 'assign'],
      [emailOf('Yannick'), 'meetings', 'webinars=yes', 'add'],
      [emailOf('Yannick'), 'Meetings', 'webinars=on', 'assign'],
    ]));
    expect(report.rows.map((r) => [r.status, r.params])).toEqual([
      ['malformed', { lines: '2, 3' }],
      ['malformed', { lines: '2, 3' }],
      ['ok', { product: 'Meetings' }],
      ['duplicate', { line: 4 }],
      ['duplicate', { line: 4 }],
    ]);
  });

  it('writes its messages in the actor’s language', async () => {
    const f = await demoFixture();
    const marco = await f.signIn('Marco');
    const report = await check(f, marco, rowsOf([['nobody@lumen-analytics.example', 'Meetings', '', 'assign']]));
    expect(report.rows[0]!.message).toBe("Nessun utente con l'email nobody@lumen-analytics.example.");
  });

  it('is for admins who manage users only: anyone else is forbidden and nothing changes', async () => {
    const f = await demoFixture();
    const tom = await f.signIn('Tom');
    const before = snapshot(f.store);
    const result = await f.call(tom, 'imports.check', { rows: rowsOf(EVERY_STATUS), alsoRemoveFromQueues: false });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(snapshot(f.store)).toBe(before);
  });
});

describe('imports.apply', () => {
  it('applies exactly the ok rows in one commit, audited, with the emails asked for', async () => {
    const { f, s } = await withPabloDeactivated();
    const store = f.store as MemoryStore;
    const rows = rowsOf(EVERY_STATUS);
    const report = await check(f, s, rows);
    const commits = store.commits;
    const result = await f.call(s, 'imports.apply', { rows, alsoRemoveFromQueues: false, notify: true, digest: report.digest });
    expect(result).toMatchObject({ ok: true, value: { applied: 4, changedUsers: 4 } });
    expect(store.commits).toBe(commits + 1);
    expect(holds(f, 'Hannah', 'remote_support')?.features).toEqual({ session_recording: true, unattended_access: false });
    expect(holds(f, 'Tom', 'remote_support')?.features.unattended_access).toBe(true);
    expect(holds(f, 'Olivia', 'meetings')).toBeUndefined();
    expect(holds(f, 'Yannick', 'contact_center')).toBeDefined();
    expect(holds(f, 'Noah', 'contact_center')).toBeUndefined();
    expect(holds(f, 'Inês', 'meetings')).toBeDefined();
    expect(holds(f, 'Giulia', 'contact_center')).toBeDefined();
    const audited = [...f.store.tables.audit.values()].filter((e) => e.action === 'user.products.changed').map((e) => e.targetId);
    expect(audited.sort()).toEqual(['Hannah', 'Tom', 'Olivia', 'Yannick'].map(f.userId).sort());
    expect(f.mailer.sent.filter((m) => m.template === 'product_change')).toHaveLength(4);
  });

  it('refuses, changing nothing, when the account changed since the check', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const rows = rowsOf([[emailOf('Yannick'), 'Contact Center', '', 'assign']]);
    const report = await check(f, s, rows);
    expect(report.totals.ok).toBe(1);
    // Someone takes the last Contact Center seat in between.
    const taken = await f.call(s, 'licences.apply', { userIds: [f.userId('Noah')], assign: [{ productId: 'contact_center', features: {} }], remove: [], alsoRemoveFromQueues: false, notify: false });
    expect(taken.ok).toBe(true);
    const before = snapshot(f.store);
    const result = await f.call(s, 'imports.apply', { rows, alsoRemoveFromQueues: false, notify: false, digest: report.digest });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', key: 'imports.errors.changedSinceCheck' } });
    expect(snapshot(f.store)).toBe(before);
    const again = await check(f, s, rows);
    expect(again.rows[0]!.status).toBe('no_seats');
  });

  it('refuses a file with nothing to apply', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const rows = rowsOf([[emailOf('Claire'), 'Meetings', '', 'assign']]);
    const report = await check(f, s, rows);
    const result = await f.call(s, 'imports.apply', { rows, alsoRemoveFromQueues: false, notify: false, digest: report.digest });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', key: 'imports.errors.nothingToApply' } });
  });
});

describe('Contact Center queues (SPEC §5): the same offer as the bulk change', () => {
  const rows = rowsOf([
    [emailOf('Emma'), 'Business Phone', '', 'remove'],
    [emailOf('Lucía'), 'Business Phone', '', 'remove'],
    [emailOf('Lucía'), 'Contact Center', '', 'remove'],
  ]);

  it('lists the queues of users losing Business Phone; they keep Contact Center unless they leave them', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const kept = await check(f, s, rows);
    expect(kept.rows.map((r) => r.status)).toEqual(['ok', 'ok', 'in_queues']);
    expect(kept.queueHolds.map((h) => [h.name, h.places.map((p) => p.name).sort()])).toEqual([
      ['Emma Leroy', ['Renewal calls', 'Support hotline']],
      ['Lucía García', ['Renewal calls', 'Support hotline']],
    ]);
    expect(kept.queuesCleared).toBe(false);
    const cleared = await check(f, s, rows, true);
    expect(cleared.rows.map((r) => r.status)).toEqual(['ok', 'ok', 'ok']);
    expect(cleared.queuesCleared).toBe(true);
    expect(cleared.digest).not.toBe(kept.digest);
    const result = await f.call(s, 'imports.apply', { rows, alsoRemoveFromQueues: true, notify: false, digest: cleared.digest });
    expect(result.ok).toBe(true);
    for (const first of ['Emma', 'Lucía']) {
      expect(queuesOf(f, first)).toEqual([]);
      expect(holds(f, first, 'business_phone')).toBeUndefined();
      expect(holds(f, first, 'contact_center')).toBeUndefined();
    }
    expect([...f.store.tables.audit.values()].some((e) => e.action === 'queue.members.removed')).toBe(true);
  });

  it('without the queue option, applies Business Phone removals and keeps the queue places', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const kept = await check(f, s, rows);
    const result = await f.call(s, 'imports.apply', { rows, alsoRemoveFromQueues: false, notify: false, digest: kept.digest });
    expect(result).toMatchObject({ ok: true, value: { applied: 2 } });
    expect(holds(f, 'Lucía', 'business_phone')).toBeUndefined();
    expect(holds(f, 'Lucía', 'contact_center')).toBeDefined();
    expect(queuesOf(f, 'Lucía').sort()).toEqual(['Renewal calls', 'Support hotline']);
  });
});

describe('imports.check: seats with licences given by groups', () => {
  /** Contact Center full: the free seats go to a group that gives Contact Center; one direct holder is in it too. */
  async function contactCenterFullByGroup() {
    const f = await demoFixture();
    const users = [...f.store.tables.users.values()].filter((u) => u.status === 'active');
    const direct = users.filter((u) => u.products.some((p) => p.productId === 'contact_center'));
    const without = users.filter((u) => !u.products.some((p) => p.productId === 'contact_center'));
    const free = seatsBought(f.store.tables, 'contact_center') - assignedCount(f.store.tables, 'contact_center');
    expect(free).toBeGreaterThan(0);
    expect(without.length).toBeGreaterThan(free);
    const members = [...without.slice(0, free), direct[0]!];
    const at = f.clock.now().toISOString();
    await f.store.commit([put('groups', 'group_support', { id: 'group_support', name: 'Support team', memberIds: members.map((u) => u.id), products: [{ productId: 'contact_center', features: {} }], createdAt: at, updatedAt: at })]);
    expect(assignedCount(f.store.tables, 'contact_center')).toBe(seatsBought(f.store.tables, 'contact_center'));
    return { f, s: await f.signIn('Claire'), viaGroup: members[0]!, both: direct[0]!, outside: without[free]! };
  }

  it('gives a group member the product directly without a new seat, even when every seat is taken', async () => {
    const { f, s, viaGroup } = await contactCenterFullByGroup();
    const rows = rowsOf([[viaGroup.email, 'Contact Center', '', 'assign']]);
    const report = await check(f, s, rows);
    expect(report.rows.map((r) => r.status)).toEqual(['ok']);
    const applied = await f.call(s, 'imports.apply', { rows, alsoRemoveFromQueues: false, notify: false, digest: report.digest });
    expect(applied).toMatchObject({ ok: true, value: { applied: 1 } });
    expect(f.store.tables.users.get(viaGroup.id)!.products.some((p) => p.productId === 'contact_center')).toBe(true);
    expect(assignedCount(f.store.tables, 'contact_center')).toBe(seatsBought(f.store.tables, 'contact_center'));
  });

  it('frees no seat by removing a direct licence the user still holds through a group', async () => {
    const { f, s, both, outside } = await contactCenterFullByGroup();
    const report = await check(f, s, rowsOf([[both.email, 'Contact Center', '', 'remove'], [outside.email, 'Contact Center', '', 'assign']]));
    expect(report.rows.map((r) => r.status)).toEqual(['ok', 'no_seats']);
  });
});
