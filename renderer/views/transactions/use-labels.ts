/** A transaction's type, status and detail as words in the user's language (table, CSV and summary alike). */
import { useTranslation } from 'react-i18next';
import { transactionDetail } from '../../../core/billing/transaction-words.ts';
import type { Transaction } from './store.ts';

export function useTransactionLabels() {
  const { t } = useTranslation();
  return {
    type: (type: Transaction['type']) => t(`ui.transactions.types.${type}`),
    status: (status: Transaction['status']) => t(`ui.transactions.statuses.${status}`),
    detail: (row: Transaction) => transactionDetail(row, (key, fallback) => t(key, { defaultValue: fallback })),
  };
}
