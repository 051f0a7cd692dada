/**
 * Amounts and rates as EN 16931 writes them: decimal strings with a dot, made from integer minor units
 * by string arithmetic (no floating point touches an amount), and dates as CII format 102 (YYYYMMDD).
 */

/** Minor units of the app's currencies (EUR, USD): two decimals. */
export const CURRENCY_DIGITS = 2;

/** An integer of minor units as a decimal string: -1234 → "-12.34", 5 → "0.05". */
export function decimalOf(minor: number, digits = CURRENCY_DIGITS): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`not an amount in minor units: ${minor}`);
  const sign = minor < 0 ? '-' : '';
  const padded = String(Math.abs(minor)).padStart(digits + 1, '0');
  return `${sign}${padded.slice(0, padded.length - digits)}.${padded.slice(padded.length - digits)}`;
}

/** A decimal string with at most `digits` decimals back to minor units ("12.3" → 1230); for tests and readers. */
export function minorOf(decimal: string, digits = CURRENCY_DIGITS): number {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal.trim());
  if (!m || (m[3] ?? '').length > digits) throw new RangeError(`not a decimal amount: ${decimal}`);
  const value = Number(`${m[2]}${(m[3] ?? '').padEnd(digits, '0')}`);
  return m[1] === '-' && value !== 0 ? -value : value;
}

/** A VAT rate in basis points as a percentage: 2000 → "20", 2550 → "25.5", 0 → "0". */
export function percentOfRate(basisPoints: number): string {
  return decimalOf(basisPoints).replace(/\.?0+$/u, '');
}

/** The calendar day of an instant in a time zone, as CII format 102: "20260115". */
export function day102(instant: string, timeZone: string): string {
  // en-CA formats a day as YYYY-MM-DD; Intl does the zone arithmetic.
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return day.format(new Date(instant)).replaceAll('-', '');
}
