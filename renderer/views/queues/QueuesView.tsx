import { useTranslation } from 'react-i18next';

/** Placeholder until the view lands (people issue). */
export function QueuesView() {
  const { t } = useTranslation();
  return <h1>{t('ui.nav.queues')}</h1>;
}
