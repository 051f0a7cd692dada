import type { ReactNode } from 'react';
import { I18nProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { localeTag } from '../app/format.ts';

/**
 * react-aria's own words (hidden "Dismiss" buttons, "Show suggestions", a date's placeholders), the order
 * of a date's parts and collation follow the UI's language, in the locale the app writes it (en-GB, pt-PT…).
 */
export function AriaLocale({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <I18nProvider locale={localeTag(i18n.language)}>{children}</I18nProvider>;
}
