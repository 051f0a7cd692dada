/** Page models locate by the visible text of the UI's current language, taken from the locale files. */
import en from '../../../core/i18n/locales/en.json';

export type Strings = typeof en;
export { en };
