import { useTranslation } from 'react-i18next';
import { usePeopleStore } from './store.ts';
import { usePeopleLabels } from './use-labels.ts';

/** How a dialog names the users it acts on: "Tom Walker", or "12 users". */
export function useTargetsLabel(userIds: readonly string[]): string {
  const { t } = useTranslation();
  const labels = usePeopleLabels();
  const first = usePeopleStore((s) => (userIds.length === 1 ? s.users.find((u) => u.id === userIds[0]) : undefined));
  return first ? `${first.firstName} ${first.lastName}` : t('people.ui.usersCount', labels.count(userIds.length));
}
