/** The free trial as every view reads it, by the core's clock (the renderer never counts days itself). */
import type { Account } from '../model/records.ts';

const DAY_MS = 86_400_000;

/** Whole days left before the trial ends (rounded up), or null when there is no trial running. */
export function trialDaysLeft(account: Pick<Account, 'trialEndsAt'> | undefined, now: Date): number | null {
  const ends = account?.trialEndsAt;
  if (!ends) return null;
  const left = new Date(ends).getTime() - now.getTime();
  return left > 0 ? Math.ceil(left / DAY_MS) : null;
}
