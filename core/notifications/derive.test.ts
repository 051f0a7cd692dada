/**
 * The notification centre, derived from the state with the fixed clock: who sees what, read per user
 * and kept across a restart, gone once its cause is, and a colleague's change that refused a command.
 */
import { describe, expect, it } from 'vitest';
import { createCore, DOMAINS } from '../app/create-core.ts';
import type { Handlers } from '../app/handler.ts';
import { put } from '../model/changes.ts';
import type { RemoteChange } from '../schemas/remote-change.ts';
import { MemoryStore } from '../store/memory-store.ts';
import { demoFixture, type Fixture } from '../testing/fixture.ts';

/** The default card's charges fail, and a renewal falls due: a pending payment. */
async function failedRenewal(f: Fixture) {
  const demo = f.store.tables.cards.get('card_demo')!;
  await f.store.commit([put('cards', demo.id, { ...demo, token: 'tok_fail_later_0341_9' })]);
  f.clock.current = new Date('2026-12-05T10:00:00.000Z');
  await f.core.renewDue();
}

describe('notifications', () => {
  it('a failed renewal: billing people see it, urgent and unread, with its invoice, amount and route; others do not', async () => {
    const f = await demoFixture();
    await failedRenewal(f);
    const claire = await f.signIn('Claire');
    const list = await f.call(claire, 'notifications.list');
    if (!list.ok) throw new Error(list.error.message);
    const pending = await f.call(claire, 'payments.pending');
    const first = pending.ok ? pending.value.invoices[0]! : null;
    expect(list.value.unread).toBe(pending.ok ? pending.value.invoices.length : -1);
    expect(list.value.notifications[0]).toEqual({
      kind: 'payment_failed',
      id: `payment_failed:${first!.id}`,
      at: first!.issuedAt,
      urgent: true,
      read: false,
      route: { view: 'invoice', number: first!.number },
      invoice: { id: first!.id, number: first!.number },
      due: { amount: first!.outstanding, currency: 'EUR' },
    });
    const tom = await f.signIn('Tom');
    expect(await f.call(tom, 'notifications.list')).toEqual({ ok: true, value: { notifications: [], unread: 0 } });
  });

  it('read is per user and survives a restart; paying the invoice clears it', async () => {
    const f = await demoFixture();
    await failedRenewal(f);
    const claire = await f.signIn('Claire');
    const before = await f.call(claire, 'notifications.list');
    const id = before.ok ? before.value.notifications[0]!.id : '';
    const marked = await f.call(claire, 'notifications.markRead', { ids: [id, 'payment_failed:inv_not_hers'] });
    expect(marked.ok && marked.value.notifications.find((n) => n.id === id)?.read).toBe(true);
    expect(marked.ok && marked.value.unread).toBe(before.ok ? before.value.unread - 1 : -1);
    // Only ids she has are kept.
    expect(f.store.tables.noticeReads.get(f.userId('Claire'))).toEqual({ id: f.userId('Claire'), read: [id] });
    // Hannah, a billing contact, has not read it.
    const hannah = await f.signIn('Hannah');
    const hers = await f.call(hannah, 'notifications.list');
    expect(hers.ok && hers.value.notifications.find((n) => n.id === id)?.read).toBe(false);

    // A new core on the same store (a restart): still read.
    const restarted = createCore(f.core.ports, { mode: 'test', version: '0.0.0-test', dataDir: '(memory)' });
    const again = await restarted.call('notifications.list', undefined, claire);
    expect(again.ok && again.value.notifications.find((n) => n.id === id)?.read).toBe(true);

    // Paid: nothing left to say.
    expect((await f.call(claire, 'cards.add', { number: '5555555555554444', expMonth: 12, expYear: 2028, cvc: '123', holder: 'Claire Dubois', makeDefault: true })).ok).toBe(true);
    expect((await f.call(claire, 'payments.applyPending')).ok).toBe(true);
    expect(await f.call(claire, 'notifications.list')).toEqual({ ok: true, value: { notifications: [], unread: 0 } });
  });

  it('a damaged file: administrators see it, with what is missing; a plain user does not', async () => {
    const store = new MemoryStore();
    store.problems.push({ kind: 'corrupt_file', file: '/data/store/billing-2026.json', movedTo: '/data/store/billing-2026.json.damaged-1', detail: 'Unexpected token' });
    store.problems.push({ kind: 'newer_schema', file: '/data/store/queues.json', detail: 'schema 9' });
    const f = await demoFixture(store);
    const marco = await f.signIn('Marco');
    const list = await f.call(marco, 'notifications.list');
    expect(list.ok && list.value.notifications).toEqual([
      { kind: 'store_damaged', id: 'store_damaged:/data/store/billing-2026.json.damaged-1', at: null, urgent: true, read: false, route: { view: 'overview' }, file: '/data/store/billing-2026.json.damaged-1', missing: { part: 'billing', period: '2026' } },
    ]);
    const hannah = await f.signIn('Hannah');
    const hers = await f.call(hannah, 'notifications.list');
    expect(hers.ok && hers.value.notifications.some((n) => n.kind === 'store_damaged')).toBe(false);
  });

  it('a colleague’s change that refused a command is kept for that user, with the route of what changed', async () => {
    const f = await demoFixture();
    const hannahId = f.userId('Hannah');
    const change: RemoteChange = { actor: { id: f.userId('Claire'), name: 'Claire Dubois' }, action: 'changed', auditAction: 'user.personal_info.updated', target: { type: 'user', id: hannahId, name: 'Hannah Becker' }, at: '2026-11-23T09:59:00.000Z' };
    // A command refused because another desktop got there first, as a shared store answers.
    const refusing: Partial<Handlers> = { 'queues.unassign': () => ({ ok: false, failure: { code: 'conflict', key: 'errors.store.conflict', changes: [change] } }) };
    const domains = DOMAINS.map((d) => (d['queues.unassign'] ? { ...d, ...refusing } : d));
    const core = createCore(f.core.ports, { mode: 'test', version: '0.0.0-test', dataDir: '(memory)' }, domains);
    const marco = await f.signIn('Marco');
    const refused = await core.call('queues.unassign', { queueId: 'que_000001', userId: 'usr_000003' }, marco);
    expect(refused.ok).toBe(false);
    const list = await core.call('notifications.list', undefined, marco);
    expect(list.ok && list.value.notifications).toEqual([
      { kind: 'remote_change', id: expect.stringContaining('remote_change:2026-11-23T09:59:00.000Z'), at: change.at, urgent: false, read: false, route: { view: 'people', email: 'hannah.becker@lumen-analytics.example' }, change },
    ]);
    // Someone else's list does not have it.
    const claire = await f.signIn('Claire');
    const hers = await core.call('notifications.list', undefined, claire);
    expect(hers.ok && hers.value.notifications.some((n) => n.kind === 'remote_change')).toBe(false);
  });

  it('marks every one read at once; marking again writes nothing', async () => {
    const f = await demoFixture();
    await failedRenewal(f);
    const claire = await f.signIn('Claire');
    const listed = await f.call(claire, 'notifications.list');
    const ids = listed.ok ? listed.value.notifications.map((n) => n.id) : [];
    const all = await f.call(claire, 'notifications.markRead', { ids });
    expect(all.ok && all.value.unread).toBe(0);
    const record = f.store.tables.noticeReads.get(f.userId('Claire'));
    const again = await f.call(claire, 'notifications.markRead', { ids });
    expect(again.ok && again.value.unread).toBe(0);
    expect(f.store.tables.noticeReads.get(f.userId('Claire'))).toBe(record);
  });
});

describe('notifications from reminders and invitations', () => {
  it('a renewal reminder and an expiring card for billing viewers, routed to Subscriptions and Billing information; not for others', async () => {
    const f = await demoFixture();
    const card = f.store.tables.cards.get('card_demo')!;
    await f.store.commit([put('cards', card.id, { ...card, expMonth: 12, expYear: 2026 })]);
    f.clock.current = new Date('2026-12-01T23:00:00.000Z');
    await f.core.renewDue();
    const claire = await f.signIn('Claire');
    const list = await f.call(claire, 'notifications.list');
    if (!list.ok) throw new Error(list.error.message);
    const expiry = list.value.notifications.find((n) => n.kind === 'card_expiry');
    expect(expiry).toMatchObject({ urgent: false, read: false, route: { view: 'billing-info' }, card: { brand: 'visa', last4: '4242' }, expiry: { month: 12, year: 2026 }, expired: false, at: '2026-12-01T23:00:00.000Z' });

    f.clock.current = new Date('2026-12-24T23:00:00.000Z');
    await f.core.renewDue();
    const later = await f.call(claire, 'notifications.list');
    if (!later.ok) throw new Error(later.error.message);
    const renewals = later.value.notifications.filter((n) => n.kind === 'renewal_reminder');
    expect(renewals.length).toBeGreaterThan(0);
    expect(renewals[0]).toMatchObject({ urgent: false, renewsAt: '2026-12-31T23:00:00.000Z', at: '2026-12-24T23:00:00.000Z', card: { brand: 'visa', last4: '4242' } });
    const route = renewals[0]!.route;
    expect(route.view === 'subscriptions' && route.id !== undefined && f.store.tables.subscriptions.has(route.id)).toBe(true);
    const tom = await f.signIn('Tom');
    const none = await f.call(tom, 'notifications.list');
    expect(none.ok && none.value.notifications.map((n) => n.kind)).toEqual([]);
  });

  it('an accepted invitation for those who manage users, for two weeks', async () => {
    const f = await demoFixture();
    const emma = [...f.store.tables.users.values()].find((u) => u.firstName === 'Emma')!;
    await f.store.commit([put('users', emma.id, { ...emma, invitationAcceptedAt: f.clock.now().toISOString() })]);
    const marco = await f.signIn('Marco');
    const list = await f.call(marco, 'notifications.list');
    expect(list.ok && list.value.notifications.find((n) => n.kind === 'invitation_accepted')).toMatchObject({ route: { view: 'people', email: emma.email }, user: { name: 'Emma Leroy', email: emma.email } });
    f.clock.advance(14 * 86_400_000 + 1);
    const later = await f.call(marco, 'notifications.list');
    expect(later.ok && later.value.notifications.some((n) => n.kind === 'invitation_accepted')).toBe(false);
  });
});
