import { describe, expect, it } from 'vitest';
import { assignedCount } from '../billing/views.ts';
import { put } from '../model/changes.ts';
import { demoFixture, snapshot, type Fixture } from '../testing/fixture.ts';
import { plain } from '../testing/audit-plain.ts';

const user = (f: Fixture, first: string) => f.store.tables.users.get(f.userId(first))!;
const auditOf = (f: Fixture, action: string) => [...f.store.tables.audit.values()].filter((e) => e.action === action);

/** A queue of our own, so that the test does not lean on the demo's queues. */
async function queueWith(f: Fixture, ...firstNames: string[]): Promise<string> {
  const members = firstNames.map((first, i) => ({ userId: f.userId(first), role: i === 0 ? ('supervisor' as const) : ('agent' as const) }));
  await f.store.commit([put('queues', 'que_test', { id: 'que_test', kind: 'call', name: 'Test line', members, createdAt: '2026-01-01T00:00:00.000Z' })]);
  return 'que_test';
}

describe('users.create', () => {
  const ada = { firstName: ' Ada ', lastName: 'Lovelace', email: 'ada.lovelace@lumen-analytics.example', role: 'user', billingContact: false } as const;

  it('adds an invited user without a password, with the account’s time zone, and audits it', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Marco');
    const result = await f.call(s, 'users.create', { ...ada, language: 'fr' });
    expect(result).toMatchObject({ ok: true, value: { firstName: 'Ada', email: ada.email, role: 'user', status: 'invited', products: [] } });
    if (!result.ok) return;
    const stored = f.store.tables.users.get(result.value.id)!;
    expect(stored.passwordHash).toBeUndefined();
    expect(stored).toMatchObject({ language: 'fr', timeZone: 'Europe/Paris', phone: '', billingContact: false });
    const [entry] = auditOf(f, 'user.created');
    expect(entry).toMatchObject({ actorId: f.userId('Marco'), targetId: stored.id, before: null });
    expect(plain(entry?.after)).toMatchObject({ firstName: 'Ada', role: 'user', status: 'invited' });
  });

  it('takes the creator’s language when none is given', async () => {
    const f = await demoFixture();
    const result = await f.call(await f.signIn('Marco'), 'users.create', ada);
    expect(result.ok && f.store.tables.users.get(result.value.id)?.language).toBe('it');
  });

  it('lets a super administrator give a role, a custom role and the billing flag', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const admin = await f.call(s, 'users.create', { ...ada, role: 'admin', billingContact: true });
    expect(admin).toMatchObject({ ok: true, value: { role: 'admin', billingContact: true } });
    const custom = await f.call(s, 'users.create', { ...ada, email: 'grace@lumen-analytics.example', customRoleId: 'role_licence_manager' });
    expect(custom).toMatchObject({ ok: true, value: { role: 'user', customRoleId: 'role_licence_manager', customRoleName: 'Licence manager' } });
  });

  it('refuses an administrator without manage_roles anything but a plain user, changing nothing', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Marco');
    const before = snapshot(f.store);
    for (const input of [{ ...ada, role: 'admin' }, { ...ada, role: 'super_admin' }, { ...ada, billingContact: true }, { ...ada, customRoleId: 'role_licence_manager' }]) {
      expect(await f.call(s, 'users.create', input)).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'people.errors.rolesNeedSuperAdmin' } });
    }
    expect(snapshot(f.store)).toBe(before);
  });

  it('refuses a taken email (any case), blank names, and a custom role that does not fit', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const before = snapshot(f.store);
    const taken = await f.call(s, 'users.create', { ...ada, email: ' TOM.Walker@Lumen-Analytics.example ' });
    expect(!taken.ok && taken.error.fields?.email?.key).toBe('errors.email.taken');
    const blank = await f.call(s, 'users.create', { ...ada, firstName: ' ', lastName: '' });
    expect(!blank.ok && Object.keys(blank.error.fields ?? {}).sort()).toEqual(['firstName', 'lastName']);
    const wrongRole = await f.call(s, 'users.create', { ...ada, role: 'admin', customRoleId: 'role_licence_manager' });
    expect(!wrongRole.ok && wrongRole.error.fields?.customRoleId?.key).toBe('people.errors.customRoleNeedsUser');
    const unknown = await f.call(s, 'users.create', { ...ada, customRoleId: 'role_gone' });
    expect(!unknown.ok && unknown.error.fields?.customRoleId?.key).toBe('people.errors.unknownRole');
    expect(snapshot(f.store)).toBe(before);
  });
});

describe('users.setStatus', () => {
  it('deactivates: frees the licences and queue places, audits both, and the user can no longer sign in', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Marco');
    const tom = f.userId('Tom');
    await queueWith(f, 'Lucas', 'Tom');
    const seats = assignedCount(f.store.tables, 'remote_support');
    const result = await f.call(s, 'users.setStatus', { userIds: [tom], status: 'deactivated' });
    expect(result).toMatchObject({ ok: true, value: { users: [{ id: tom, status: 'deactivated', products: [] }] } });
    expect(assignedCount(f.store.tables, 'remote_support')).toBe(seats - 1);
    expect(f.store.tables.queues.get('que_test')!.members.map((m) => m.userId)).toEqual([f.userId('Lucas')]);
    const [deactivated] = auditOf(f, 'user.deactivated');
    expect(deactivated?.targetId).toBe(tom);
    expect([plain(deactivated?.before), plain(deactivated?.after)]).toEqual([{ status: 'active', products: ['remote_support', 'business_phone'] }, { status: 'deactivated', products: [] }]);
    const [left] = auditOf(f, 'queue.members.removed');
    expect(left?.targetId).toBe('que_test');
    expect(left?.before?.members).toEqual({ kind: 'list', items: [{ kind: 'ref', ref: 'user', id: tom, name: 'Tom Walker', as: 'agent' }] });
    await expect(f.signIn('Tom')).rejects.toThrow(/sign-in as Tom failed/);
  });

  it('reactivates with nothing assigned, and leaves users already in that state alone', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Marco');
    const tom = f.userId('Tom');
    await f.call(s, 'users.setStatus', { userIds: [tom], status: 'deactivated' });
    const again = await f.call(s, 'users.setStatus', { userIds: [tom], status: 'deactivated' });
    expect(again).toMatchObject({ ok: true, value: { users: [] } });
    const back = await f.call(s, 'users.setStatus', { userIds: [tom], status: 'active' });
    expect(back).toMatchObject({ ok: true, value: { users: [{ id: tom, status: 'active', products: [] }] } });
    expect(auditOf(f, 'user.reactivated')).toHaveLength(1);
    expect(auditOf(f, 'user.deactivated')).toHaveLength(1);
  });

  it('is all or nothing: yourself, a super admin without manage_roles, or an unknown user stops the whole change', async () => {
    const f = await demoFixture();
    const marco = await f.signIn('Marco');
    const before = snapshot(f.store);
    const tom = f.userId('Tom');
    expect(await f.call(marco, 'users.setStatus', { userIds: [tom, f.userId('Marco')], status: 'deactivated' })).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'people.errors.notYourselfStatus' } });
    expect(await f.call(marco, 'users.setStatus', { userIds: [tom, f.userId('Claire')], status: 'deactivated' })).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'people.errors.superAdminOnly', params: { name: 'Claire Dubois' } } });
    expect(await f.call(marco, 'users.setStatus', { userIds: [tom, 'usr_nobody'], status: 'deactivated' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(snapshot(f.store)).toBe(before);
  });

  it('keeps an active billing contact on a self-service account, not on an offline one', async () => {
    const f = await demoFixture();
    const claire = await f.signIn('Claire');
    expect((await f.call(claire, 'users.setRole', { userIds: [f.userId('Claire')], role: 'super_admin', billingContact: false })).ok).toBe(true);
    const before = snapshot(f.store);
    const last = await f.call(claire, 'users.setStatus', { userIds: [f.userId('Hannah')], status: 'deactivated' });
    expect(last).toMatchObject({ ok: false, error: { code: 'conflict', key: 'people.errors.lastBillingContact' } });
    if (!last.ok) expect(last.error.message).toContain('billing contact');
    expect(snapshot(f.store)).toBe(before);
    await f.store.commit([put('account', 'account', { ...f.store.tables.account.get('account')!, billingMode: 'offline' })]);
    expect((await f.call(claire, 'users.setStatus', { userIds: [f.userId('Hannah')], status: 'deactivated' })).ok).toBe(true);
  });
});

describe('users.delete', () => {
  it('deletes: licences, queue places and cart go, the audit log keeps the history', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const tom = f.userId('Tom');
    await queueWith(f, 'Tom', 'Lucas');
    await f.store.commit([put('carts', tom, { id: tom, lines: [], updatedAt: '2026-01-01T00:00:00.000Z' })]);
    const seats = assignedCount(f.store.tables, 'business_phone');
    const result = await f.call(s, 'users.delete', { userIds: [tom] });
    expect(result).toMatchObject({ ok: true, value: { deleted: [tom] } });
    expect(f.store.tables.users.has(tom)).toBe(false);
    expect(f.store.tables.carts.has(tom)).toBe(false);
    expect(assignedCount(f.store.tables, 'business_phone')).toBe(seats - 1);
    expect(f.store.tables.queues.get('que_test')!.members.map((m) => m.userId)).toEqual([f.userId('Lucas')]);
    const [deleted] = auditOf(f, 'user.deleted');
    expect(deleted).toMatchObject({ targetId: tom, after: null });
    expect(plain(deleted?.before)).toMatchObject({ firstName: 'Tom', lastName: 'Walker', email: 'tom.walker@lumen-analytics.example' });
    expect(await f.call(s, 'users.get', { userId: tom })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses yourself, a super admin without manage_roles, and unknown users, changing nothing', async () => {
    const f = await demoFixture();
    const claire = await f.signIn('Claire');
    const marco = await f.signIn('Marco');
    const jan = await f.signIn('Jan');
    // After the sign-ins (each is in the sign-in log): the refusals change nothing.
    const before = snapshot(f.store);
    expect(await f.call(claire, 'users.delete', { userIds: [f.userId('Tom'), f.userId('Claire')] })).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'people.errors.notYourselfDelete' } });
    expect(await f.call(marco, 'users.delete', { userIds: [f.userId('Claire')] })).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'people.errors.superAdminOnly' } });
    expect(await f.call(marco, 'users.delete', { userIds: ['usr_nobody'] })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await f.call(jan, 'users.delete', { userIds: [f.userId('Tom')] })).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'errors.forbidden' } });
    expect(snapshot(f.store)).toBe(before);
  });

  it('lets a second super administrator delete the first, never the last', async () => {
    const f = await demoFixture();
    const claire = await f.signIn('Claire');
    expect((await f.call(claire, 'users.setRole', { userIds: [f.userId('Marco')], role: 'super_admin' })).ok).toBe(true);
    const marco = await f.signIn('Marco');
    expect((await f.call(marco, 'users.delete', { userIds: [f.userId('Claire')] })).ok).toBe(true);
    expect(user(f, 'Marco').role).toBe('super_admin');
  });
});
