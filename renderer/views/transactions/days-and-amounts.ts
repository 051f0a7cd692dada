/** A transaction's day in the user's time zone, an amount as typed, and whether a day is in a period. */

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

/**
 * An amount typed as the admin reads it ("205.10", "205,10", "1 205,10", "-90") → minor units; null when the
 * text is not an amount. The last "." or "," followed by one or two digits is the decimal separator.
 */
export function parseAmount(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f'€$]/g, '');
  const match = /^(-?)([\d.,]*\d)$/.exec(compact);
  if (!match) return null;
  const [, sign, digits] = match as unknown as [string, string, string];
  const decimal = /[.,](\d{1,2})$/.exec(digits);
  const whole = (decimal ? digits.slice(0, decimal.index) : digits).replace(/[.,]/g, '');
  if (!/^\d+$/.test(whole)) return null;
  const cents = decimal ? decimal[1]!.padEnd(2, '0') : '00';
  const minor = Number(whole) * 100 + Number(cents);
  return sign ? -minor : minor;
}

export function inPeriod(day: string, from: string, to: string): boolean {
  return (!from || day >= from) && (!to || day <= to);
}
