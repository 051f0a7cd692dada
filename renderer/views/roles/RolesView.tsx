import { useTranslation } from 'react-i18next';

/** Placeholder until the view lands (people issue). */
export function RolesView() {
  const { t } = useTranslation();
  return <h1>{t('ui.nav.roles')}</h1>;
}
