/**
 * Billing periods (SPEC §4): a period runs [start, end) and ends one calendar month or year after it
 * starts, read in the account's IANA time zone. Calendar arithmetic is date-fns on a TZDate, so month
 * ends clamp (31 Jan → 28/29 Feb) and the local wall time survives daylight-saving changes.
 */
import { TZDate } from '@date-fns/tz';
import { addMonths, addYears } from 'date-fns';
import { instantMs } from './money.ts';

export type BillingInterval = 'month' | 'year';

const knownZones = new Set<string>();
function assertTimeZone(timeZone: string): void {
  if (knownZones.has(timeZone)) return;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    knownZones.add(timeZone);
  } catch {
    throw new RangeError(`unknown time zone: ${timeZone}`);
  }
}

/**
 * The instant `count` months or years after the anchor, always counted from the anchor itself (never
 * chained: 31 Jan + 2 months is 31 Mar, not 28 Mar), as an ISO UTC string. A local time that does not
 * exist on the target day (spring-forward gap) moves forward by the gap; an ambiguous one (fall-back)
 * resolves to one of its two instants, as TZDate does.
 */
export function addIntervals(anchorIso: string, interval: BillingInterval, count: number, timeZone: string): string {
  if (!Number.isSafeInteger(count)) throw new RangeError(`addIntervals: count must be an integer, got ${count}`);
  if (interval !== 'month' && interval !== 'year') throw new RangeError(`addIntervals: unknown interval ${String(interval)}`);
  assertTimeZone(timeZone);
  const anchor = new TZDate(instantMs(anchorIso), timeZone);
  const result = interval === 'month' ? addMonths(anchor, count) : addYears(anchor, count);
  const ms = result.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`addIntervals: out of range (${anchorIso} + ${count} ${interval})`);
  return new Date(ms).toISOString();
}

/** The end of the period starting at `startIso`: one interval later. */
export function periodEnd(startIso: string, interval: BillingInterval, timeZone: string): string {
  return addIntervals(startIso, interval, 1, timeZone);
}
