/** A user's role, status, products and features, and an audit action, as words in the user's language. */
import { useTranslation } from 'react-i18next';
import { auditLabelKeys } from '../../../core/i18n/resources.ts';
import { formatNumber } from '../../app/format.ts';
import { useLanguage } from '../../app/selectors.ts';
import type { UserRow } from './store.ts';

export function usePeopleLabels() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  return {
    /** Plural params for a count shown as a formatted number: `count` picks the form, `number` is printed. */
    count: (count: number) => ({ count, number: formatNumber(count, language) }),
    number: (value: number) => formatNumber(value, language),
    role: (u: Pick<UserRow, 'role' | 'customRoleName'>) => u.customRoleName ?? t(`ui.roles.${u.role}`),
    product: (productId: string) => t(`ui.products.${productId}`, { defaultValue: productId }),
    feature: (name: string) => t(`people.features.${name}`, { defaultValue: name }),
    status: (status: UserRow['status']) => t(`people.ui.status.${status}`),
    action: (action: string) => {
      const key = auditLabelKeys(action).find((k) => i18n.exists(k));
      return key === undefined ? action : t(key);
    },
  };
}
