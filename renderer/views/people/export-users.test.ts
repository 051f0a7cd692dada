import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { usersCsv, type UsersCsvLabels } from './export-users.ts';
import type { UserRow } from './store.ts';

const labels: UsersCsvLabels = {
  headers: { firstName: 'First', lastName: 'Last', email: 'Email', role: 'Role', status: 'Status', billingContact: 'Billing', products: 'Products' },
  role: (u) => u.customRoleName ?? u.role.toUpperCase(),
  status: (s) => `<${s}>`,
  product: (p) => p.replace('_', ' '),
  yes: 'yes',
  no: 'no',
};
const row = (over: Partial<UserRow>): UserRow => ({ id: 'u1', email: 'a@b.example', firstName: 'Ann', lastName: 'Lee', role: 'user', billingContact: false, status: 'active', products: [], updatedAt: '2026-01-01T00:00:00Z', ...over });

describe('usersCsv', () => {
  it('writes a header row and one row per user in the order given, with labels in the user’s language', () => {
    const csv = usersCsv([row({ id: 'u2', lastName: 'Zed', products: ['remote_support', 'meetings'], billingContact: true }), row({ customRoleName: 'Helpdesk' })], labels);
    const parsed = Papa.parse<string[]>(csv).data;
    expect(parsed[0]).toEqual(['First', 'Last', 'Email', 'Role', 'Status', 'Billing', 'Products']);
    expect(parsed[1]).toEqual(['Ann', 'Zed', 'a@b.example', 'USER', '<active>', 'yes', 'remote support; meetings']);
    expect(parsed[2]![3]).toBe('Helpdesk');
    expect(parsed).toHaveLength(3);
  });

  it('quotes commas, quotes and line breaks so a spreadsheet reads the names back', () => {
    const tricky = row({ firstName: 'Jean, "JJ"', lastName: 'O\nBrien' });
    const parsed = Papa.parse<string[]>(usersCsv([tricky], labels)).data;
    expect(parsed[1]!.slice(0, 2)).toEqual(['Jean, "JJ"', 'O\nBrien']);
  });
});
