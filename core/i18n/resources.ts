/** Every UI string, message and email, in the seven languages. Keys are the same in every file (tested). */
import en from './locales/en.json' with { type: 'json' };

export const resources = {
  en: { translation: en },
} as const;
