import { describe, expect, it } from 'vitest';
import type { InputOf } from '../contract.ts';
import { VIEW_NAME_MAX, VIEWS_MAX } from '../schemas/saved-views.ts';
import { partitionOf } from '../store/partitions.ts';
import { demoFixture, snapshot, type Fixture } from '../testing/fixture.ts';

type Session = Awaited<ReturnType<Fixture['signIn']>>;

const state: InputOf<'savedViews.save'>['state'] = {
  filters: { query: 'rossi', role: 'admin', productId: '', noLicence: false, status: 'active' },
  sort: { column: 'email', desc: true },
  columns: [
    { id: 'name', visible: true, width: 220 },
    { id: 'role', visible: true, width: 140 },
    { id: 'email', visible: false, width: 180 },
  ],
};

async function setUp() {
  const f = await demoFixture();
  const claire = await f.signIn('Claire');
  const save = (s: Session, name: string, makeDefault = false) => f.call(s, 'savedViews.save', { table: 'people', name, state, makeDefault });
  /** The name field's error key, checking that the refusal changed nothing. */
  const nameError = async (call: () => ReturnType<Fixture['call']>) => {
    const before = snapshot(f.store);
    const result = await call();
    expect(snapshot(f.store)).toBe(before);
    return result.ok ? null : (result.error.fields?.name?.key ?? result.error.key);
  };
  return { f, claire, save, nameError };
}

describe('saved views: names', () => {
  it('saves under a trimmed name with its state; refuses a blank, long, taken (any case) or invisible-character name, translated', async () => {
    const { claire, save, nameError } = await setUp();
    const saved = await save(claire, '  Active admins ');
    expect(saved).toMatchObject({ ok: true, value: { views: [{ name: 'Active admins', state }], defaultId: null } });
    expect(await nameError(() => save(claire, '   '))).toBe('errors.field.required');
    expect(await nameError(() => save(claire, 'x'.repeat(VIEW_NAME_MAX + 1)))).toBe('people.errors.viewNameLength');
    expect(await nameError(() => save(claire, 'ACTIVE ADMINS'))).toBe('people.errors.viewNameTaken');
    expect(await nameError(() => save(claire, 'Admins\u202Egnp.exe'))).toBe('people.errors.viewNameInvalid');
    expect(await nameError(() => save(claire, 'Two\nlines'))).toBe('people.errors.viewNameInvalid');
    // The field error comes translated (in the actor’s language), not as its key.
    const refused = await save(claire, 'active admins');
    expect(!refused.ok && refused.error.fields?.name?.message).toMatch(/\S/);
    expect(!refused.ok && refused.error.fields?.name?.message).not.toBe('people.errors.viewNameTaken');
  });

  it('renames (own name in another case is fine), refuses a name another view has, deletes', async () => {
    const { f, claire, save, nameError } = await setUp();
    await save(claire, 'Admins');
    const other = await save(claire, 'Invited');
    if (!other.ok) throw new Error('not saved');
    const admins = other.value.views.find((v) => v.name === 'Admins')!;
    expect(await f.call(claire, 'savedViews.rename', { id: admins.id, name: 'ADMINS' })).toMatchObject({ ok: true, value: { views: [{ name: 'ADMINS' }, { name: 'Invited' }] } });
    expect(await nameError(() => f.call(claire, 'savedViews.rename', { id: admins.id, name: ' invited ' }))).toBe('people.errors.viewNameTaken');
    expect(await f.call(claire, 'savedViews.delete', { id: admins.id })).toMatchObject({ ok: true, value: { views: [{ name: 'Invited' }] } });
    expect(await f.call(claire, 'savedViews.delete', { id: admins.id })).toMatchObject({ ok: false, error: { code: 'not_found', key: 'people.errors.viewNotFound' } });
  });
});

describe('saved views: limits and default', () => {
  it(`keeps at most ${VIEWS_MAX} views per user`, async () => {
    const { f, claire, save } = await setUp();
    for (let i = 1; i <= VIEWS_MAX; i++) expect((await save(claire, `View ${i}`)).ok).toBe(true);
    const before = snapshot(f.store);
    expect(await save(claire, 'One too many')).toMatchObject({ ok: false, error: { code: 'conflict', key: 'people.errors.tooManyViews', params: { max: VIEWS_MAX } } });
    expect(snapshot(f.store)).toBe(before);
    // Another user's count is their own.
    expect((await save(await f.signIn('Marco'), 'View 1')).ok).toBe(true);
  });

  it('has one default at most; deleting it leaves none', async () => {
    const { f, claire, save } = await setUp();
    const first = await save(claire, 'First', true);
    const second = await save(claire, 'Second');
    if (!first.ok || !second.ok) throw new Error('not saved');
    const firstId = first.value.views[0]!.id;
    const secondId = second.value.views.find((v) => v.name === 'Second')!.id;
    expect(first.value.defaultId).toBe(firstId);
    expect(await f.call(claire, 'savedViews.setDefault', { table: 'people', id: secondId, isDefault: true })).toMatchObject({ ok: true, value: { defaultId: secondId } });
    expect(await f.call(claire, 'savedViews.setDefault', { table: 'people', id: firstId, isDefault: false })).toMatchObject({ ok: true, value: { defaultId: secondId } });
    expect(await f.call(claire, 'savedViews.delete', { id: secondId })).toMatchObject({ ok: true, value: { defaultId: null } });
    expect(await f.call(claire, 'savedViews.list', { table: 'people' })).toMatchObject({ ok: true, value: { defaultId: null, views: [{ id: firstId }] } });
  });
});

describe('saved views: each user’s own', () => {
  it('shows a user only their views, and refuses to touch another user’s by id, changing nothing', async () => {
    const { f, claire, save } = await setUp();
    const mine = await save(claire, 'Claire’s');
    if (!mine.ok) throw new Error('not saved');
    const id = mine.value.views[0]!.id;
    for (const who of ['Marco', 'Tom'] as const) {
      const other = await f.signIn(who);
      expect(await f.call(other, 'savedViews.list', { table: 'people' })).toEqual({ ok: true, value: { views: [], defaultId: null } });
      const before = snapshot(f.store);
      for (const call of [
        () => f.call(other, 'savedViews.rename', { id, name: 'Taken over' }),
        () => f.call(other, 'savedViews.delete', { id }),
        () => f.call(other, 'savedViews.setDefault', { table: 'people', id, isDefault: true }),
      ]) {
        expect(await call()).toMatchObject({ ok: false, error: { code: 'not_found' } });
      }
      expect(snapshot(f.store)).toBe(before);
      // The same name is free for another user.
      expect((await save(other, 'Claire’s')).ok).toBe(true);
    }
    expect(await f.call(claire, 'savedViews.list', { table: 'people' })).toMatchObject({ ok: true, value: { views: [{ id, name: 'Claire’s' }] } });
    expect(f.store.tables.savedViews.get(f.userId('Claire'))!.views).toHaveLength(1);
  });

  it('keeps them in a file of their own, per user record', async () => {
    const { f, claire, save } = await setUp();
    await save(claire, 'Mine');
    const record = f.store.tables.savedViews.get(f.userId('Claire'))!;
    expect(partitionOf('savedViews', record.id, record)).toBe('views');
  });
});
