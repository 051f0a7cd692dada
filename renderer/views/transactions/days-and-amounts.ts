/** A transaction's day in the user's time zone, and whether a day is in a period. */

const dayCaches = new Map<string, (iso: string) => string>();

/**
 * An instant as its day (YYYY-MM-DD) in a time zone. Intl formatting costs microseconds per call, and a
 * filter keystroke asks for every row's day: each zone's answers are kept, so only new instants format.
 */
export function dayFormatter(timeZone: string): (iso: string) => string {
  const cached = dayCaches.get(timeZone);
  if (cached) return cached;
  const fmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const days = new Map<string, string>();
  const dayOf = (iso: string) => {
    let day = days.get(iso);
    if (day === undefined) days.set(iso, (day = fmt.format(new Date(iso))));
    return day;
  };
  dayCaches.set(timeZone, dayOf);
  return dayOf;
}

export function inPeriod(day: string, from: string, to: string): boolean {
  return (!from || day >= from) && (!to || day <= to);
}
