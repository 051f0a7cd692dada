/** Pure rules for a user's role: a custom role goes with the plain "user" role and must exist. */
import type { CustomRole, Role, User } from '../model/records.ts';
import type { FieldErrors } from './rules.ts';
import { enumOf, flag, ref } from '../audit/values.ts';

export function checkRoleChoice(roles: ReadonlyMap<string, CustomRole>, role: Role, customRoleId: string | undefined): FieldErrors {
  if (customRoleId === undefined) return {};
  if (role !== 'user') return { customRoleId: { key: 'people.errors.customRoleNeedsUser' } };
  if (!roles.has(customRoleId)) return { customRoleId: { key: 'people.errors.unknownRole' } };
  return {};
}

/** Role, custom role (by name, as the log should read) and billing flag: what the audit log records of a role change. */
/** A user's roles, typed for the audit log. */
export function roleFacts(roles: ReadonlyMap<string, CustomRole>, user: User) {
  const custom = user.customRoleId ? roles.get(user.customRoleId) : undefined;
  return { role: enumOf('role', user.role), customRole: user.customRoleId ? ref('role', user.customRoleId, custom?.name ?? '') : null, billingContact: flag(user.billingContact) };
}

/** The user with this role (and custom role, and billing flag when given). */
export function withRole(user: User, role: Role, customRoleId: string | undefined, billingContact: boolean | undefined, at: string): User {
  const { customRoleId: _previous, ...rest } = user;
  return { ...rest, role, ...(customRoleId ? { customRoleId } : {}), billingContact: billingContact ?? user.billingContact, updatedAt: at };
}
