import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignedCount } from '../../billing/views.ts';
import { CATALOG } from '../../catalog/catalog.ts';
import { applyChange, del, emptyTables, put, type Change } from '../../model/changes.ts';
import { SEATS, walkFacet } from '../../model/facets.ts';
import type { CustomRole } from '../../model/records.ts';
import { testUser } from '../../testing/users.ts';
import { ReadSet, trackedTables, writtenKeys } from './read-set.ts';

const role = (id: string) => ({ id, name: id, permissions: [] }) as unknown as CustomRole;
const PRODUCTS = CATALOG.map((p) => p.id);
const user = testUser;

describe('ReadSet over tracked tables', () => {
  it('takes a get or has as a read of that record, and writes by the store as no read', () => {
    const reads = new ReadSet();
    const tables = trackedTables(reads);
    tables.roles.set('r1', role('r1'));
    tables.roles.delete('r9');
    expect(reads.keys([])).toEqual([]);
    tables.roles.get('r1');
    tables.users.has('u_new');
    expect(reads.keys([]).sort()).toEqual(['roles:r1', 'users:u_new']);
  });

  it('takes any walk through a table, or its size, as a read of the whole table', () => {
    for (const walk of [
      (m: Map<string, unknown>) => [...m.values()],
      (m: Map<string, unknown>) => [...m.keys()],
      (m: Map<string, unknown>) => [...m],
      (m: Map<string, unknown>) => [...m.entries()],
      (m: Map<string, unknown>) => m.forEach(() => undefined),
      (m: Map<string, unknown>) => m.size,
    ]) {
      const reads = new ReadSet();
      const tables = trackedTables(reads);
      tables.roles.get('r1');
      walk(tables.roles as Map<string, unknown>);
      tables.roles.get('r2');
      expect(reads.keys([])).toEqual(['roles']);
    }
  });

  it('checks a commit against what it writes too, and forgets everything on clear', () => {
    const reads = new ReadSet();
    const tables = trackedTables(reads);
    tables.account.get('account');
    expect(reads.keys([put('roles', 'r1', role('r1')), del('cards', 'c1')]).sort()).toEqual(['account:account', 'cards:c1', 'roles:r1']);
    reads.clear();
    expect(reads.keys([])).toEqual([]);
  });

  it('in account mode, names every table whatever was read', () => {
    const reads = new ReadSet(true);
    expect(reads.keys([])).toContain('users');
    expect(reads.keys([])).toContain('invoices');
  });

  it('logs a commit under its records and their tables', () => {
    expect(writtenKeys([put('roles', 'r1', role('r1')), put('roles', 'r2', role('r2')), del('cards', 'c1')], emptyTables()).sort()).toEqual(['cards', 'cards:c1', 'roles', 'roles:r1', 'roles:r2']);
  });
});

describe('facets', () => {
  const holder = user('u1', { products: [{ productId: 'meetings', features: {}, assignedAt: '2026-01-01T00:00:00.000Z' }] });

  it('takes a walk through a facet as a read of that part of every record, not of the table', () => {
    const reads = new ReadSet();
    const tables = trackedTables(reads);
    tables.users.set('u1', holder);
    expect([...walkFacet(tables, SEATS)]).toHaveLength(1);
    tables.users.get('u2');
    expect(reads.keys([]).sort()).toEqual(['users#seats', 'users:u2']);
  });

  it('walks the plain tables of a one-process store as their values', () => {
    const tables = emptyTables();
    tables.users.set('u1', holder);
    expect([...walkFacet(tables, SEATS)]).toEqual([holder]);
  });

  it('logs the seats facet with a commit that changes who holds what, not with one that changes a name or a feature', () => {
    const before = emptyTables();
    before.users.set('u1', holder);
    const keysOf = (change: Change) => writtenKeys([change], before);
    expect(keysOf(put('users', 'u1', { ...holder, phone: '+33 1 00' }))).not.toContain('users#seats');
    expect(keysOf(put('users', 'u1', { ...holder, products: [{ productId: 'meetings', features: { recording: true }, assignedAt: '2026-01-01T00:00:00.000Z' }] }))).not.toContain('users#seats');
    expect(keysOf(put('users', 'u1', { ...holder, status: 'deactivated' }))).toContain('users#seats');
    expect(keysOf(put('users', 'u1', { ...holder, products: [] }))).toContain('users#seats');
    expect(keysOf(del('users', 'u1'))).toContain('users#seats');
    expect(keysOf(put('users', 'u2', user('u2')))).not.toContain('users#seats');
    expect(keysOf(put('users', 'u2', { ...holder, id: 'u2' }))).toContain('users#seats');
  });

  it('a user change logged without the seats facet never changes a product\'s assigned count (property)', () => {
    const products = fc.uniqueArray(fc.constantFrom(...PRODUCTS), { maxLength: 3 }).map((ids) => ids.map((productId) => ({ productId, features: {}, assignedAt: '2026-01-01T00:00:00.000Z' })));
    const someone = fc.record({
      status: fc.constantFrom('active' as const, 'deactivated' as const),
      products,
      phone: fc.constantFrom('', '+33 1 00'),
      role: fc.constantFrom('user' as const, 'admin' as const),
    });
    fc.assert(
      fc.property(fc.option(someone, { nil: undefined }), fc.option(someone, { nil: undefined }), (was, becomes) => {
        const before = emptyTables();
        before.users.set('other', holder);
        if (was) before.users.set('u1', user('u1', was));
        const change: Change = becomes ? put('users', 'u1', user('u1', becomes)) : del('users', 'u1');
        const after = emptyTables();
        after.users = new Map(before.users);
        applyChange(after, change);
        const same = PRODUCTS.every((p) => assignedCount(before, p) === assignedCount(after, p));
        if (!writtenKeys([change], before).includes('users#seats')) expect(same).toBe(true);
      }),
      { seed: 20_261_124, numRuns: 500 },
    );
  });
});
