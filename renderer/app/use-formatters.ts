/** Dates, periods, rates and amounts in the signed-in user's language and time zone. */
import { formatDate, formatMoney, formatPeriod, formatRate } from './format.ts';
import { useLanguage, useTimeZone } from './selectors.ts';

export function useFormatters() {
  const language = useLanguage();
  const timeZone = useTimeZone();
  return {
    money: (minor: number, currency: string) => formatMoney(minor, currency, language),
    date: (iso: string) => formatDate(iso, language, timeZone),
    period: (start: string, end: string) => formatPeriod(start, end, language, timeZone),
    rate: (basisPoints: number) => formatRate(basisPoints, language),
  };
}
