/** Pure rules for a custom role: a name of 1–60 characters no other role has, and one permission at least. */
import { PERMISSIONS, type CustomRole, type Permission } from '../model/records.ts';
import type { FieldErrors } from '../users/rules.ts';

export const ROLE_NAME_MAX = 60;

export function checkRoleName(name: string, roles: ReadonlyMap<string, CustomRole>, selfId: string | undefined): FieldErrors {
  const trimmed = name.trim();
  if (!trimmed) return { name: { key: 'errors.field.required' } };
  if (trimmed.length > ROLE_NAME_MAX) return { name: { key: 'people.errors.roleNameLength', params: { max: ROLE_NAME_MAX } } };
  const wanted = trimmed.toLowerCase();
  for (const role of roles.values()) {
    if (role.id !== selfId && role.name.trim().toLowerCase() === wanted) return { name: { key: 'people.errors.roleNameTaken' } };
  }
  return {};
}

/** Each permission once, in the catalogue's order; empty is refused. */
export function normalizePermissions(asked: readonly Permission[]): { permissions: Permission[] } | { errors: FieldErrors } {
  const permissions = PERMISSIONS.filter((p) => asked.includes(p));
  return permissions.length ? { permissions } : { errors: { permissions: { key: 'people.errors.permissionsRequired' } } };
}
