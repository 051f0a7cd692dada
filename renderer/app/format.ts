/** Dates in the user's language and IANA time zone, with Intl. */
import type { Language } from './i18n.ts';

const TAGS: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', it: 'it-IT', de: 'de-DE', es: 'es-ES', pt: 'pt-PT', nl: 'nl-NL' };

export function formatDateTime(iso: string, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(TAGS[language], { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

export function formatDate(iso: string, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(TAGS[language], { dateStyle: 'long', timeZone }).format(new Date(iso));
}

/** A whole number with the language's grouping ("100,016", "100 016"). */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(TAGS[language]).format(value);
}

const shortDates = new Map<string, Intl.DateTimeFormat>();

/** A day, short ("23 Nov 2026"), for dense tables: one formatter per language and zone, reused cell after cell. */
export function formatShortDate(iso: string, language: Language, timeZone: string): string {
  const key = `${language}|${timeZone}`;
  let format = shortDates.get(key);
  if (!format) shortDates.set(key, (format = new Intl.DateTimeFormat(TAGS[language], { dateStyle: 'medium', timeZone })));
  return format.format(new Date(iso));
}

/** Minor units + ISO currency → an Intl currency string in the user's language (e.g. 4900 EUR → "€49.00"). */
export function formatMoney(minor: number, currency: string, language: Language): string {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return new Intl.NumberFormat(TAGS[language], { style: 'currency', currency }).format(minor / 10 ** digits);
}

/** A rate in basis points (2000 = 20 %) as a percentage in the user's language. */
export function formatRate(basisPoints: number, language: Language): string {
  return new Intl.NumberFormat(TAGS[language], { style: 'percent', maximumFractionDigits: 2 }).format(basisPoints / 10_000);
}

/** A [start, end) billing period as a date range in the user's language and time zone. */
export function formatPeriod(start: string, end: string, language: Language, timeZone: string): string {
  const fmt = new Intl.DateTimeFormat(TAGS[language], { dateStyle: 'medium', timeZone });
  return fmt.formatRange(new Date(start), new Date(end));
}

const BRANDS: Record<string, string> = { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express', discover: 'Discover', diners: 'Diners Club', jcb: 'JCB', unionpay: 'UnionPay' };

/** A card brand as the gateway names it ("visa") → as printed on the card ("Visa"). */
export function cardBrand(brand: string): string {
  return BRANDS[brand.toLowerCase()] ?? brand.charAt(0).toUpperCase() + brand.slice(1);
}
