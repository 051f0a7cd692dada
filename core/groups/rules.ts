/** Pure rules for a group: a name of 1–60 characters that no other group of the account has (case and spaces aside). */
import type { Group } from '../model/records.ts';
import { GROUP_NAME_MAX } from '../schemas/groups.ts';
import type { FieldErrors } from '../users/rules.ts';

export const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');

export function checkGroupName(name: string, groups: ReadonlyMap<string, Group>, selfId: string | undefined): FieldErrors {
  const trimmed = name.trim();
  if (!trimmed) return { name: { key: 'errors.field.required' } };
  if (trimmed.length > GROUP_NAME_MAX) return { name: { key: 'groups.errors.nameLength', params: { max: GROUP_NAME_MAX } } };
  for (const group of groups.values()) if (group.id !== selfId && sameName(group.name, trimmed)) return { name: { key: 'groups.errors.nameTaken' } };
  return {};
}
