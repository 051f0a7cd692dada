/** i18next for the UI, from the same locale files as the core; the user's language drives it. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from '../../core/i18n/resources.ts';

export const LANGUAGES = ['en', 'fr', 'it', 'de', 'es', 'pt', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

export function initI18n(language: Language): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = language;
  return i18next;
}

export function setLanguage(language: Language): void {
  if (i18next.language !== language) void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** The browser's preferred language among ours, for the sign-in screen. */
export function preferredLanguage(): Language {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.slice(0, 2) as Language;
    if (LANGUAGES.includes(base)) return base;
  }
  return 'en';
}
