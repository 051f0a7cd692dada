/** Dates in the user's language and IANA time zone, with Intl. */
import { lastIncludedInstant } from '../../core/billing/period-days.ts';
import type { Language } from './i18n.ts';

const TAGS: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', it: 'it-IT', de: 'de-DE', es: 'es-ES', pt: 'pt-PT', nl: 'nl-NL' };

/** The locale each language is written in here (the app's English is British: dd/mm/yyyy). Unknown → en-GB. */
export function localeTag(language: string): string {
  return TAGS[language as Language] ?? TAGS.en;
}

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/**
 * One Intl formatter per kind, language and zone, made on first use: building one costs far more than
 * formatting with it, and tables format dates and amounts cell after cell.
 */
function dates(language: Language, timeZone: string, style: 'long' | 'medium', withTime = false): Intl.DateTimeFormat {
  const key = `d|${language}|${timeZone}|${style}|${withTime}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(TAGS[language], { dateStyle: style, ...(withTime ? { timeStyle: 'short' } : {}), timeZone })));
  return format;
}

function numbers(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

export function formatDateTime(iso: string, language: Language, timeZone: string): string {
  return dates(language, timeZone, 'medium', true).format(new Date(iso));
}

export function formatDate(iso: string, language: Language, timeZone: string): string {
  return dates(language, timeZone, 'long').format(new Date(iso));
}

/** A whole number with the language's grouping ("100,016", "100 016"). */
export function formatNumber(value: number, language: Language): string {
  return numbers(TAGS[language], {}).format(value);
}

/** A day, short ("23 Nov 2026"), for dense tables. */
export function formatShortDate(iso: string, language: Language, timeZone: string): string {
  return dates(language, timeZone, 'medium').format(new Date(iso));
}

/** Minor units + ISO currency → an Intl currency string in the user's language (e.g. 4900 EUR → "€49.00"). */
export function formatMoney(minor: number, currency: string, language: Language): string {
  const digits = numbers('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return numbers(TAGS[language], { style: 'currency', currency }).format(minor / 10 ** digits);
}

/** A calendar month ("2026-11") as its short name and year in the user's language ("Nov 2026"). */
export function formatMonth(yearMonth: string, language: Language): string {
  const [year, month] = yearMonth.split('-').map(Number);
  return months(language).format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, 1)));
}

function months(language: Language): Intl.DateTimeFormat {
  const key = `m|${language}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(TAGS[language], { month: 'short', year: 'numeric', timeZone: 'UTC' })));
  return format;
}

/** A rate in basis points (2000 = 20 %) as a percentage in the user's language. */
export function formatRate(basisPoints: number, language: Language): string {
  return numbers(TAGS[language], { style: 'percent', maximumFractionDigits: 2 }).format(basisPoints / 10_000);
}

/** A [start, end) billing period as its first to last day included, in the user's language and zone. */
export function formatPeriod(start: string, end: string, language: Language, timeZone: string): string {
  return dates(language, timeZone, 'medium').formatRange(new Date(start), new Date(lastIncludedInstant(end)));
}

/** A card brand as the gateway names it ("visa") → as printed on the card ("Visa"). */
export { cardBrand } from '../../core/billing/transaction-words.ts';
