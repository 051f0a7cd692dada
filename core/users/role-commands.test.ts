import { describe, expect, it } from 'vitest';
import { capabilities } from '../permissions/matrix.ts';
import { demoFixture, snapshot, type Fixture } from '../testing/fixture.ts';
import { plain } from '../testing/audit-plain.ts';

const capsOf = (f: Fixture, first: string) => capabilities(f.store.tables.users.get(f.userId(first))!, f.store.tables.account.get('account')!, f.store.tables.roles);
const changes = (f: Fixture) => [...f.store.tables.audit.values()].filter((e) => e.action === 'user.role.changed');

describe('users.setRole', () => {
  it('changes roles, audits before and after, and the capabilities follow', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const tom = f.userId('Tom');
    expect(capsOf(f, 'Tom').has('manage_users')).toBe(false);
    const result = await f.call(s, 'users.setRole', { userIds: [tom], role: 'admin' });
    expect(result).toMatchObject({ ok: true, value: { users: [{ id: tom, role: 'admin' }] } });
    expect(capsOf(f, 'Tom').has('manage_users')).toBe(true);
    expect(changes(f)).toMatchObject([{ targetId: tom, actorId: f.userId('Claire') }]);
    expect([plain(changes(f)[0]?.before), plain(changes(f)[0]?.after)]).toEqual([{ role: 'user' }, { role: 'admin' }]);
  });

  it('gives a custom role with the User role, dropping it again for a built-in role', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const sofia = f.userId('Sofia');
    const custom = await f.call(s, 'users.setRole', { userIds: [sofia], role: 'user', customRoleId: 'role_licence_manager' });
    expect(custom).toMatchObject({ ok: true, value: { users: [{ role: 'user', customRoleId: 'role_licence_manager', customRoleName: 'Licence manager' }] } });
    expect(capsOf(f, 'Sofia').has('manage_licenses')).toBe(true);
    expect(capsOf(f, 'Sofia').has('manage_users')).toBe(false);
    expect([plain(changes(f)[0]?.before), plain(changes(f)[0]?.after)]).toEqual([{ role: 'admin', customRole: null }, { role: 'user', customRole: 'Licence manager' }]);
    await f.call(s, 'users.setRole', { userIds: [sofia], role: 'admin' });
    expect(f.store.tables.users.get(sofia)!.customRoleId).toBeUndefined();
  });

  it('changes nothing and audits nothing when every user already has the role', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const before = snapshot(f.store);
    expect(await f.call(s, 'users.setRole', { userIds: [f.userId('Tom'), f.userId('Emma')], role: 'user' })).toEqual({ ok: true, value: { users: [] } });
    expect(snapshot(f.store)).toBe(before);
  });

  it('is for super administrators only (manage_roles)', async () => {
    const f = await demoFixture();
    const sessions = { Marco: await f.signIn('Marco'), Jan: await f.signIn('Jan'), Hannah: await f.signIn('Hannah') };
    // After the sign-ins (each is in the sign-in log): the refusals change nothing.
    const before = snapshot(f.store);
    for (const who of ['Marco', 'Jan', 'Hannah'] as const) {
      const result = await f.call(sessions[who], 'users.setRole', { userIds: [f.userId('Tom')], role: 'admin' });
      expect(result, who).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'errors.forbidden' } });
    }
    expect(snapshot(f.store)).toBe(before);
  });

  it('never demotes the last active super administrator; with another, yours is still theirs to change', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const claire = f.userId('Claire');
    const before = snapshot(f.store);
    const last = await f.call(s, 'users.setRole', { userIds: [f.userId('Tom'), claire], role: 'admin' });
    expect(last).toMatchObject({ ok: false, error: { code: 'conflict', key: 'people.errors.lastSuperAdmin' } });
    if (!last.ok) expect(last.error.message).toMatch(/at least one active super administrator/);
    expect(snapshot(f.store)).toBe(before);
    await f.call(s, 'users.setRole', { userIds: [f.userId('Marco')], role: 'super_admin' });
    expect(await f.call(s, 'users.setRole', { userIds: [claire], role: 'admin' })).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'people.errors.ownRole' } });
    expect((await f.call(await f.signIn('Marco'), 'users.setRole', { userIds: [claire], role: 'admin' })).ok).toBe(true);
  });

  it('counts only active super administrators', async () => {
    const f = await demoFixture();
    const claire = await f.signIn('Claire');
    await f.call(claire, 'users.setRole', { userIds: [f.userId('Marco')], role: 'super_admin' });
    const marco = await f.signIn('Marco');
    expect((await f.call(marco, 'users.setStatus', { userIds: [f.userId('Claire')], status: 'deactivated' })).ok).toBe(true);
    expect(await f.call(marco, 'users.setRole', { userIds: [f.userId('Marco')], role: 'admin' })).toMatchObject({ ok: false, error: { key: 'people.errors.lastSuperAdmin' } });
  });

  it('keeps an active billing contact; your own billing flag is yours to drop', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    expect((await f.call(s, 'users.setRole', { userIds: [f.userId('Claire')], role: 'super_admin', billingContact: false })).ok).toBe(true);
    const before = snapshot(f.store);
    expect(await f.call(s, 'users.setRole', { userIds: [f.userId('Hannah')], role: 'user', billingContact: false })).toMatchObject({ ok: false, error: { code: 'conflict', key: 'people.errors.lastBillingContact' } });
    expect(snapshot(f.store)).toBe(before);
    expect((await f.call(s, 'users.setRole', { userIds: [f.userId('Tom'), f.userId('Hannah')], role: 'user', billingContact: true })).ok).toBe(true);
    expect((await f.call(s, 'users.setRole', { userIds: [f.userId('Hannah')], role: 'user', billingContact: false })).ok).toBe(true);
  });

  it('refuses a custom role that does not fit, or unknown users, changing nothing', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const before = snapshot(f.store);
    const wrong = await f.call(s, 'users.setRole', { userIds: [f.userId('Tom')], role: 'admin', customRoleId: 'role_licence_manager' });
    expect(!wrong.ok && wrong.error.fields?.customRoleId?.key).toBe('people.errors.customRoleNeedsUser');
    const gone = await f.call(s, 'users.setRole', { userIds: [f.userId('Tom')], role: 'user', customRoleId: 'role_gone' });
    expect(!gone.ok && gone.error.fields?.customRoleId?.key).toBe('people.errors.unknownRole');
    expect(await f.call(s, 'users.setRole', { userIds: ['usr_nobody'], role: 'admin' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(snapshot(f.store)).toBe(before);
  });
});
