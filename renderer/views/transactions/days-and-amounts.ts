/** A transaction's day in the user's time zone, and whether a day is in a period. */
import { dayFormatter as dayOfInstant } from '../../../core/billing/period-days.ts';

const dayCaches = new Map<string, (iso: string) => string>();

/**
 * An instant as its day (YYYY-MM-DD) in a time zone (core/billing/period-days), each zone's answers kept
 * for the session, so a filter keystroke formats only new instants.
 */
export function dayFormatter(timeZone: string): (iso: string) => string {
  const cached = dayCaches.get(timeZone);
  if (cached) return cached;
  const dayOf = dayOfInstant(timeZone);
  dayCaches.set(timeZone, dayOf);
  return dayOf;
}

export function inPeriod(day: string, from: string, to: string): boolean {
  return (!from || day >= from) && (!to || day <= to);
}
