/** Dates, periods, rates and amounts in the signed-in user's language and time zone. */
import { formatDate, formatMoney, formatNumber, formatPeriod, formatRate } from './format.ts';
import { useLanguage, useTimeZone } from './selectors.ts';

export function useFormatters() {
  const language = useLanguage();
  const timeZone = useTimeZone();
  return {
    money: (minor: number, currency: string) => formatMoney(minor, currency, language),
    date: (iso: string) => formatDate(iso, language, timeZone),
    period: (start: string, end: string) => formatPeriod(start, end, language, timeZone),
    rate: (basisPoints: number) => formatRate(basisPoints, language),
    number: (value: number) => formatNumber(value, language),
    /** Plural params for a count shown as a number: `count` picks the form, `number` is printed. */
    count: (count: number) => ({ count, number: formatNumber(count, language) }),
  };
}
