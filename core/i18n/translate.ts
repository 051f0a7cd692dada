/** Core-side translation (error messages, emails) from the same locale files the UI uses. */
import i18next, { type i18n } from 'i18next';
import type { Language } from '../model/records.ts';
import { resources } from './resources.ts';

let instance: i18n | undefined;

function core(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({ resources, lng: 'en', fallbackLng: 'en', initAsync: false, interpolation: { escapeValue: false } });
  }
  return instance;
}

export function translate(language: Language, key: string, params?: Record<string, string | number>): string {
  return core().t(key, { lng: language, ...params });
}
