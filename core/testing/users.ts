/** A plain active user with no products, for store-level tests that need a record of some substance. */
import type { User } from '../model/records.ts';

export const testUser = (id: string, parts: Partial<User> = {}): User => ({
  id,
  email: `${id}@example.test`,
  firstName: 'Ann',
  lastName: 'Tester',
  phone: '',
  language: 'en',
  timeZone: 'Europe/Paris',
  role: 'user',
  billingContact: false,
  status: 'active',
  products: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...parts,
});
