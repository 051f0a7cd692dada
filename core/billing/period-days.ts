/**
 * How a billing period is shown, one convention for the app, its invoices and emails, and the CLI.
 * Internally a period is the half-open interval [start, end): `end` is the instant the next period
 * starts (midnight in the account's zone). On screen and on paper a period reads from its first day to
 * its last day included ("1 Jan – 31 Dec 2026"), and a renewal happens on `end`'s day ("renews on
 * 1 Jan 2027"): the two never name the same day.
 */

/** The last instant inside [start, end): its day, in any zone, is the period's last day included. */
export function lastIncludedInstant(end: string): string {
  return new Date(Date.parse(end) - 1).toISOString();
}

/** The first and last days included (YYYY-MM-DD) of [start, end) in a time zone. */
export function periodDays(start: string, end: string, timeZone: string): { first: string; last: string } {
  // en-CA formats a day as YYYY-MM-DD; Intl does the zone arithmetic.
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return { first: day.format(new Date(start)), last: day.format(new Date(lastIncludedInstant(end))) };
}

/**
 * An instant as its day (YYYY-MM-DD) in a time zone, each instant formatted once (Intl costs
 * microseconds a call, and a filter asks for every row's day).
 */
export function dayFormatter(timeZone: string): (iso: string) => string {
  const fmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const days = new Map<string, string>();
  return (iso) => {
    let day = days.get(iso);
    if (day === undefined) days.set(iso, (day = fmt.format(new Date(iso))));
    return day;
  };
}
