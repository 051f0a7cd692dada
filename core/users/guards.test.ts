import { describe, expect, it } from 'vitest';
import type { Account, User } from '../model/records.ts';
import { checkAccountKeeps } from './guards.ts';

const account = (billingMode: Account['billingMode']) => ({ billingMode }) as Account;
const person = (id: string, patch: Partial<User>): User => ({ id, email: `${id}@x.example`, firstName: id, lastName: 'X', phone: '', language: 'en', timeZone: 'UTC', role: 'user', billingContact: false, status: 'active', products: [], createdAt: '', updatedAt: '', ...patch });
const table = (...users: User[]) => new Map(users.map((u) => [u.id, u]));

describe('checkAccountKeeps', () => {
  const boss = person('boss', { role: 'super_admin', billingContact: true });
  const payer = person('payer', { billingContact: true });

  it('refuses to leave no active super administrator: demoted, deactivated or deleted', () => {
    const users = table(boss, payer);
    for (const after of [{ ...boss, role: 'admin' as const }, { ...boss, status: 'deactivated' as const }, null]) {
      expect(checkAccountKeeps(users, new Map([['boss', after]]), account('self_service'))?.failure.key).toBe('people.errors.lastSuperAdmin');
    }
    const two = table(boss, payer, person('boss2', { role: 'super_admin' }));
    expect(checkAccountKeeps(two, new Map([['boss', null]]), account('self_service'))).toBeNull();
    expect(checkAccountKeeps(two, new Map([['boss', null], ['boss2', null]]), account('self_service'))?.failure.key).toBe('people.errors.lastSuperAdmin');
  });

  it('refuses to leave no active billing contact on a self-service account only', () => {
    const users = table(boss, payer);
    const next = new Map([['boss', { ...boss, billingContact: false }], ['payer', null]]);
    expect(checkAccountKeeps(users, next, account('self_service'))?.failure.key).toBe('people.errors.lastBillingContact');
    expect(checkAccountKeeps(users, next, account('offline'))).toBeNull();
    expect(checkAccountKeeps(users, next, account('corporate'))).toBeNull();
  });

  it('lets an account that is already short be repaired, or left as it is', () => {
    const users = table(person('a', { role: 'admin' }), person('b', {}));
    expect(checkAccountKeeps(users, new Map([['b', null]]), account('self_service'))).toBeNull();
    expect(checkAccountKeeps(users, new Map([['a', { ...users.get('a')!, role: 'super_admin' }]]), account('self_service'))).toBeNull();
  });
});
