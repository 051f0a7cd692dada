/** The palette's recently chosen items: the last few ids, per signed-in user, kept in localStorage. */
const LIMIT = 8;
const key = (userId: string) => `account-admin.palette.recent.${userId}`;

export function readRecent(userId: string | undefined): string[] {
  if (!userId) return [];
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key(userId)) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, LIMIT) : [];
  } catch {
    return [];
  }
}

/** Puts the id first, drops its older place, keeps the last LIMIT; returns the new list. */
export function rememberRecent(userId: string | undefined, id: string): string[] {
  if (!userId) return [];
  const next = [id, ...readRecent(userId).filter((r) => r !== id)].slice(0, LIMIT);
  try {
    localStorage.setItem(key(userId), JSON.stringify(next));
  } catch {
    // Storage full or unavailable: recent items are a convenience.
  }
  return next;
}
