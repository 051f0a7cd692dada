import { describe, expect, it } from 'vitest';
import { del, put } from '../../model/changes.ts';
import type { CustomRole } from '../../model/records.ts';
import { ReadSet, trackedTables, writtenKeys } from './read-set.ts';

const role = (id: string) => ({ id, name: id, permissions: [] }) as unknown as CustomRole;

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
    expect(writtenKeys([put('roles', 'r1', role('r1')), put('roles', 'r2', role('r2')), del('cards', 'c1')]).sort()).toEqual(['cards', 'cards:c1', 'roles', 'roles:r1', 'roles:r2']);
  });
});
