import { usePeopleStore, type UserRow } from './store.ts';

export function matches(user: UserRow, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return `${user.firstName} ${user.lastName} ${user.email}`.toLowerCase().includes(q);
}

export const useSelectedUser = () => usePeopleStore((s) => s.users.find((u) => u.id === s.selectedId) ?? null);
