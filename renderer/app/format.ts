/** Dates in the user's language and IANA time zone, with Intl. */
import type { Language } from './i18n.ts';

const TAGS: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', it: 'it-IT', de: 'de-DE', es: 'es-ES', pt: 'pt-PT', nl: 'nl-NL' };

export function formatDateTime(iso: string, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(TAGS[language], { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

export function formatDate(iso: string, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(TAGS[language], { dateStyle: 'long', timeZone }).format(new Date(iso));
}
