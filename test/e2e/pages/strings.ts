/** Page models locate by the visible text of the UI's current language, taken from the locale files. */
import en from '../../../core/i18n/locales/en.json';

export type Strings = typeof en;
export { en };

/** Fills a locale string's {{placeholders}}, to locate text the UI rendered from it. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/{{\s*(\w+)\s*}}/g, (_, name: string) => String(params[name] ?? ''));
}
