/** What of a user may leave the core: views built field by field (the password hash never does). */
import type { Me } from '../schemas/auth.ts';
import type { UserSummary } from '../schemas/users.ts';
import type { CustomRole, User } from '../model/records.ts';
import { licencesOf, storeMemberships, type Memberships } from '../licences/effective.ts';
import type { Tables } from '../model/changes.ts';
import { revisionOf } from '../model/stamped-map.ts';

export function fullName(user: Pick<User, 'firstName' | 'lastName'>): string {
  return `${user.firstName} ${user.lastName}`.trim();
}

export function toMe(user: User, roles: ReadonlyMap<string, CustomRole>): Me {
  const customRoleName = user.customRoleId ? roles.get(user.customRoleId)?.name : undefined;
  return {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    phone: user.phone,
    language: user.language,
    timeZone: user.timeZone,
    role: user.role,
    ...(customRoleName ? { customRoleName } : {}),
    billingContact: user.billingContact,
    ...(user.passwordChangedAt ? { passwordChangedAt: user.passwordChangedAt } : {}),
    updatedAt: user.updatedAt,
  };
}

/**
 * Built field by field (no spreads): the People view asks for 100k of these at once. `products` are
 * the licences held, directly or through the groups in `memberships` (licences/effective.ts).
 */
export function toSummary(user: User, roles: ReadonlyMap<string, CustomRole>, memberships: Memberships): UserSummary {
  const summary: UserSummary = {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    role: user.role,
    billingContact: user.billingContact,
    status: user.status,
    products: licencesOf(user, memberships).map((l) => l.productId),
    updatedAt: user.updatedAt,
  };
  const customRoleName = user.customRoleId ? roles.get(user.customRoleId)?.name : undefined;
  if (customRoleName) {
    summary.customRoleId = user.customRoleId;
    summary.customRoleName = customRoleName;
  }
  return summary;
}

/** What users.list answers: every user's summary, in store order. */
export function listUsers(tables: Pick<Tables, 'users' | 'roles' | 'groups'>): UserSummary[] {
  const users: UserSummary[] = [];
  const memberships = storeMemberships(tables);
  for (const user of tables.users.values()) users.push(toSummary(user, tables.roles, memberships));
  return users;
}

/**
 * The revision of `listUsers(tables)`: it reads the users, the custom roles and the groups and
 * nothing else, so their stamps say when it may have changed. Null when a table keeps no stamp.
 */
export function usersListRevision(tables: Pick<Tables, 'users' | 'roles' | 'groups'>): string | null {
  return revisionOf([tables.users, tables.roles, tables.groups]);
}

export function findByEmail(users: ReadonlyMap<string, User>, email: string): User | undefined {
  const wanted = email.trim().toLowerCase();
  for (const user of users.values()) if (user.email.toLowerCase() === wanted) return user;
  return undefined;
}

/** The users with these ids, each once, in order; or the first id that names no user. */
export function findUsers(users: ReadonlyMap<string, User>, ids: readonly string[]): { found: User[] } | { missing: string } {
  const found: User[] = [];
  for (const id of new Set(ids)) {
    const user = users.get(id);
    if (!user) return { missing: id };
    found.push(user);
  }
  return { found };
}
