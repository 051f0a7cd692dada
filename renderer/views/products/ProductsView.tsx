import { useTranslation } from 'react-i18next';

/** Placeholder until the view lands (people issue). */
export function ProductsView() {
  const { t } = useTranslation();
  return <h1>{t('ui.nav.products')}</h1>;
}
