/** Dates and amounts for a language and time zone, with the runtime's Intl (no hand-made formats). */
import type { Language } from '../model/records.ts';

const LOCALE_TAG: Record<Language, string> = {
  en: 'en-GB',
  fr: 'fr-FR',
  it: 'it-IT',
  de: 'de-DE',
  es: 'es-ES',
  pt: 'pt-PT',
  nl: 'nl-NL',
};

export function localeTag(language: Language): string {
  return LOCALE_TAG[language];
}

export function formatDateTime(instant: Date | string, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE_TAG[language], { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(instant));
}

export function formatDate(instant: Date | string, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE_TAG[language], { dateStyle: 'medium', timeZone }).format(new Date(instant));
}

/** Minor units → localized amount, e.g. 123456 EUR → "1.234,56 €" in German. */
export function formatMoney(minor: number, currency: string, language: Language): string {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return new Intl.NumberFormat(LOCALE_TAG[language], { style: 'currency', currency }).format(minor / 10 ** digits);
}
