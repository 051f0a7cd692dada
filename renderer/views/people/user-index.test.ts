import { describe, expect, it } from 'vitest';
import type { Filters, UserRow } from './store.ts';
import { buildIndex, visibleRows } from './user-index.ts';

const labels = { role: (u: UserRow) => u.customRoleName ?? u.role, product: (id: string) => id };
const row = (id: string, first: string, last: string, patch: Partial<UserRow> = {}): UserRow => ({
  id,
  email: `${first}.${last}@x.example`.toLowerCase(),
  firstName: first,
  lastName: last,
  role: 'user',
  billingContact: false,
  status: 'active',
  products: [],
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...patch,
});
const none: Filters = { query: '', role: '', productId: '', noLicence: false, status: '' };
const USERS = [
  row('u1', 'Lucía', 'García', { products: ['meetings'], updatedAt: '2026-03-01T00:00:00.000Z' }),
  row('u2', 'Tom', 'Walker', { role: 'admin', products: ['remote_support', 'meetings'] }),
  row('u3', 'Jan', 'de Vries', { customRoleId: 'r1', customRoleName: 'Licence manager', status: 'deactivated' }),
  row('u4', 'Ada', 'Lovelace', { role: 'super_admin', billingContact: true, updatedAt: '2026-02-01T00:00:00.000Z' }),
];
const ids = (positions: Uint32Array) => Array.from(positions, (i) => USERS[i]!.id);

describe('the users index', () => {
  const index = buildIndex(USERS, labels);

  it('searches names and emails without case or accents', () => {
    expect(ids(visibleRows(index, { ...none, query: 'GARCIA' }, null))).toEqual(['u1']);
    expect(ids(visibleRows(index, { ...none, query: 'lucía g' }, null))).toEqual(['u1']);
    expect(ids(visibleRows(index, { ...none, query: '@X.EXAMPLE' }, null))).toEqual(['u1', 'u2', 'u3', 'u4']);
  });

  it('filters by built-in role (custom roles apart), custom role, product, no licence and status', () => {
    expect(ids(visibleRows(index, { ...none, role: 'user' }, null))).toEqual(['u1']);
    expect(ids(visibleRows(index, { ...none, role: 'custom:r1' }, null))).toEqual(['u3']);
    expect(ids(visibleRows(index, { ...none, productId: 'meetings' }, null))).toEqual(['u1', 'u2']);
    expect(ids(visibleRows(index, { ...none, productId: 'meetings', noLicence: true }, null))).toEqual(['u3', 'u4']);
    expect(ids(visibleRows(index, { ...none, status: 'deactivated' }, null))).toEqual(['u3']);
  });

  it('sorts on the precomputed keys, both ways, with the filters applied', () => {
    expect(ids(visibleRows(index, none, { column: 'name', desc: false }))).toEqual(['u3', 'u1', 'u4', 'u2']);
    expect(ids(visibleRows(index, none, { column: 'name', desc: true }))).toEqual(['u2', 'u4', 'u1', 'u3']);
    expect(ids(visibleRows(index, none, { column: 'lastChange', desc: true }))).toEqual(['u1', 'u4', 'u3', 'u2']);
    expect(ids(visibleRows(index, none, { column: 'billing', desc: false }))[0]).toBe('u4');
    expect(ids(visibleRows(index, { ...none, status: 'active' }, { column: 'role', desc: false }))).toEqual(['u2', 'u4', 'u1']);
  });

  it('keeps up with 100k users', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => row(`u${i}`, `First${i % 977}`, `Last${(i * 7919) % 100_003}`, { products: i % 3 ? ['meetings'] : [] }));
    const big = buildIndex(many, labels);
    visibleRows(big, none, { column: 'name', desc: false });
    const found = visibleRows(big, { ...none, query: 'last12' }, { column: 'name', desc: false });
    const reversed = visibleRows(big, { ...none, query: 'last12' }, { column: 'name', desc: true });
    // Speed is the bench's (users table, 100k: filter / sort → painted); here, the answers at that scale.
    expect(found.length).toBeGreaterThan(0);
    expect([...reversed].sort((a, b) => a - b)).toEqual([...found].sort((a, b) => a - b));
  });
});
