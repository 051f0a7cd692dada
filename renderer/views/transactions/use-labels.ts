/** A transaction's type, status and detail as words in the user's language (table, CSV and summary alike). */
import { useTranslation } from 'react-i18next';
import { cardBrand } from '../../app/format.ts';
import type { Transaction } from './store.ts';

export function useTransactionLabels() {
  const { t } = useTranslation();
  return {
    type: (type: Transaction['type']) => t(`ui.transactions.types.${type}`),
    status: (status: Transaction['status']) => t(`ui.transactions.statuses.${status}`),
    detail(row: Transaction): string {
      switch (row.type) {
        case 'invoice':
        case 'credit_note':
          return t(`ui.transactions.sources.${row.detail}`, { defaultValue: row.detail });
        case 'failed_payment':
          return t(`ui.transactions.failures.${row.detail}`, { defaultValue: row.detail });
        case 'payment':
        case 'refund': {
          // "visa •••• 4242" as the gateway names the card → "Visa •••• 4242".
          const [brand = '', ...rest] = row.detail.split(' ');
          return [cardBrand(brand), ...rest].join(' ');
        }
        default:
          return row.detail;
      }
    },
  };
}
