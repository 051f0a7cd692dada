import { describe, expect, it } from 'vitest';
import { codeFromOutbox } from '../testing/codes.ts';
import { demoFixture, snapshot } from '../testing/fixture.ts';
import type { UserImportRow } from '../schemas/user-import.ts';

const row = (line: number, over: Partial<UserImportRow> = {}): UserImportRow => ({ line, email: `new.user${line}@lumen-analytics.example`, firstName: 'New', lastName: `User ${line}`, role: '', products: '', features: '', ...over });

describe('users from a CSV', () => {
  it('checks without changing anything, then invites every user with their products, one invitation each', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Marco');
    const rows = [row(2, { products: 'Meetings', features: 'webinars=on' }), row(3, { role: 'User' })];
    const before = snapshot(f.store);
    const check = await f.call(s, 'users.importCheck', { rows });
    expect(snapshot(f.store)).toBe(before);
    expect(check).toMatchObject({ ok: true, value: { totals: { ok: 2 }, seats: [{ productId: 'meetings', needed: 1 }] } });
    if (!check.ok) return;
    const applied = await f.call(s, 'users.importApply', { rows, digest: check.value.digest });
    expect(applied).toMatchObject({ ok: true, value: { invited: 2 } });
    const ada = [...f.store.tables.users.values()].find((u) => u.email === rows[0]!.email)!;
    expect(ada).toMatchObject({ status: 'invited', role: 'user' });
    expect(ada.products).toEqual([expect.objectContaining({ productId: 'meetings', features: expect.objectContaining({ webinars: true }) })]);
    expect(codeFromOutbox(f.store, rows[0]!.email, 'invitation')).toMatch(/-/);
    expect(codeFromOutbox(f.store, rows[1]!.email, 'invitation')).toMatch(/-/);
  });

  it('says what is wrong per row, and imports nothing unless every row is ready', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Marco');
    const rows = [
      row(2),
      row(3, { email: 'tom.walker@lumen-analytics.example' }),
      row(4, { email: row(2).email }),
      row(5, { products: 'Nothing like it' }),
      row(6, { role: 'admin' }),
      row(7, { firstName: '' }),
      row(8, { products: 'Meetings', features: 'teleport=on' }),
    ];
    const check = await f.call(s, 'users.importCheck', { rows });
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.value.rows.map((r) => [r.line, r.status, r.key])).toEqual([
      [2, 'ok', 'access.ui.import.willInvite'],
      [3, 'exists', 'errors.email.taken'],
      [4, 'duplicate', 'imports.errors.duplicate'],
      [5, 'invalid', 'imports.errors.unknownProduct'],
      [6, 'invalid', 'people.errors.rolesNeedSuperAdmin'],
      [7, 'invalid', 'errors.field.required'],
      [8, 'invalid', 'access.errors.importFeature'],
    ]);
    const before = snapshot(f.store);
    expect(await f.call(s, 'users.importApply', { rows, digest: check.value.digest })).toMatchObject({ ok: false, error: { code: 'conflict', key: 'access.errors.importNotClean', message: '6 righe non sono pronte: correggi il file e controllalo di nuovo.' } });
    expect(snapshot(f.store)).toBe(before);
  });

  it('refuses products beyond the seats free, and a report that no longer holds', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const many = Array.from({ length: 60 }, (_, i) => row(i + 2, { products: 'Contact Center' }));
    const check = await f.call(s, 'users.importCheck', { rows: many });
    expect(check.ok && check.value.totals.no_seats).toBe(60);
    const fine = [row(2)];
    const ok = await f.call(s, 'users.importCheck', { rows: fine });
    if (!ok.ok) throw new Error('check failed');
    await f.call(s, 'users.create', { firstName: 'Taken', lastName: 'Before', email: row(2).email, role: 'user', billingContact: false });
    expect(await f.call(s, 'users.importApply', { rows: fine, digest: ok.value.digest })).toMatchObject({ ok: false, error: { code: 'conflict', key: 'imports.errors.changedSinceCheck' } });
  });
});
