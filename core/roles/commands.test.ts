import { describe, expect, it } from 'vitest';
import { capabilities } from '../permissions/matrix.ts';
import { demoFixture, snapshot } from '../testing/fixture.ts';
import { plain } from '../testing/audit-plain.ts';

describe('roles.list', () => {
  it('lists custom roles with their permissions and holders, for anyone who manages users', async () => {
    const f = await demoFixture();
    const result = await f.call(await f.signIn('Marco'), 'roles.list');
    expect(result).toEqual({ ok: true, value: { roles: [{ id: 'role_licence_manager', name: 'Licence manager', permissions: ['manage_licenses'], userCount: 1 }] } });
    expect(await f.call(await f.signIn('Jan'), 'roles.list')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('roles.save', () => {
  it('creates a role (permissions once each, in order) and audits it; a holder gets exactly those permissions', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const saved = await f.call(s, 'roles.save', { name: '  Support desk ', permissions: ['view_billing', 'manage_users', 'view_billing'] });
    expect(saved).toMatchObject({ ok: true, value: { name: 'Support desk', permissions: ['manage_users', 'view_billing'], userCount: 0 } });
    if (!saved.ok) return;
    const audit = [...f.store.tables.audit.values()].find((e) => e.action === 'role.created');
    expect(audit).toMatchObject({ targetType: 'role', targetId: saved.value.id, before: null });
    expect(plain(audit?.after)).toEqual({ name: 'Support desk', permissions: ['manage_users', 'view_billing'] });
    await f.call(s, 'users.setRole', { userIds: [f.userId('Tom')], role: 'user', customRoleId: saved.value.id });
    const tom = f.store.tables.users.get(f.userId('Tom'))!;
    const caps = capabilities(tom, f.store.tables.account.get('account')!, f.store.tables.roles);
    expect([caps.has('manage_users'), caps.has('view_billing'), caps.has('manage_licenses'), caps.has('manage_roles')]).toEqual([true, true, false, false]);
  });

  it('edits name and permissions with a before/after audit; the same values change nothing', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const edited = await f.call(s, 'roles.save', { id: 'role_licence_manager', name: 'Licence buyer', permissions: ['manage_licenses', 'view_billing'] });
    expect(edited).toMatchObject({ ok: true, value: { id: 'role_licence_manager', name: 'Licence buyer', userCount: 1 } });
    const updated = [...f.store.tables.audit.values()].find((e) => e.action === 'role.updated');
    expect([plain(updated?.before), plain(updated?.after)]).toEqual([{ name: 'Licence manager', permissions: ['manage_licenses'] }, { name: 'Licence buyer', permissions: ['manage_licenses', 'view_billing'] }]);
    const before = snapshot(f.store);
    expect((await f.call(s, 'roles.save', { id: 'role_licence_manager', name: 'Licence buyer', permissions: ['view_billing', 'manage_licenses'] })).ok).toBe(true);
    expect(snapshot(f.store)).toBe(before);
  });

  it('refuses a blank, long or taken name, no permission, or an unknown id, changing nothing', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const before = snapshot(f.store);
    const field = async (input: object, name: string) => {
      const result = await f.call(s, 'roles.save', input);
      return !result.ok && result.error.fields?.[name]?.key;
    };
    expect(await field({ name: '  ', permissions: ['view_billing'] }, 'name')).toBe('errors.field.required');
    expect(await field({ name: 'x'.repeat(61), permissions: ['view_billing'] }, 'name')).toBe('people.errors.roleNameLength');
    expect(await field({ name: 'LICENCE MANAGER', permissions: ['view_billing'] }, 'name')).toBe('people.errors.roleNameTaken');
    expect(await field({ name: 'Viewers', permissions: [] }, 'permissions')).toBe('people.errors.permissionsRequired');
    expect((await f.call(s, 'roles.save', { name: 'x'.repeat(60), permissions: ['view_billing'] })).ok).toBe(true);
    const afterLong = snapshot(f.store);
    expect(await f.call(s, 'roles.save', { id: 'role_gone', name: 'Ghost', permissions: ['view_billing'] })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(snapshot(f.store)).toBe(afterLong);
    expect(afterLong).not.toBe(before);
  });

  it('is for super administrators only', async () => {
    const f = await demoFixture();
    const marco = await f.signIn('Marco');
    const before = snapshot(f.store);
    expect(await f.call(marco, 'roles.save', { name: 'Mine', permissions: ['view_billing'] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await f.call(marco, 'roles.delete', { id: 'role_licence_manager' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(snapshot(f.store)).toBe(before);
  });
});

describe('roles.delete', () => {
  it('is refused while users hold the role, naming them; then deletes and audits', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const before = snapshot(f.store);
    const held = await f.call(s, 'roles.delete', { id: 'role_licence_manager' });
    expect(held).toMatchObject({ ok: false, error: { code: 'conflict', key: 'people.errors.roleInUse', params: { role: 'Licence manager', names: 'Jan de Vries' } } });
    if (!held.ok) expect(held.error.message).toContain('Jan de Vries');
    expect(snapshot(f.store)).toBe(before);
    await f.call(s, 'users.setRole', { userIds: [f.userId('Jan')], role: 'user' });
    expect(await f.call(s, 'roles.delete', { id: 'role_licence_manager' })).toEqual({ ok: true, value: { done: true } });
    expect(f.store.tables.roles.size).toBe(0);
    const deleted = [...f.store.tables.audit.values()].find((e) => e.action === 'role.deleted');
    expect(deleted?.after).toBeNull();
    expect(plain(deleted?.before)).toMatchObject({ name: 'Licence manager' });
    expect(await f.call(s, 'roles.delete', { id: 'role_licence_manager' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('names five holders and counts the rest', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const ids = ['Tom', 'Emma', 'Lucas', 'Noah', 'Inês', 'Pablo'].map((n) => f.userId(n));
    await f.call(s, 'users.setRole', { userIds: ids, role: 'user', customRoleId: 'role_licence_manager' });
    const held = await f.call(s, 'roles.delete', { id: 'role_licence_manager' });
    expect(!held.ok && held.error.params).toMatchObject({ holders: 7, names: expect.stringMatching(/^([^,]+, ){4}[^,]+ \+2$/) });
  });
});
