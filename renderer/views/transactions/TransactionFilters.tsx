import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField.tsx';
import { TX_STATUSES, TX_TYPES, useTransactionsStore } from './store.ts';
import { useTransactionLabels } from './use-labels.ts';

/** Type (several), status, a date range in the user's time zone, and a search by number or amount. */
export function TransactionFilters() {
  const { t } = useTranslation();
  const labels = useTransactionLabels();
  const filters = useTransactionsStore((s) => s.filters);
  const setFilters = useTransactionsStore((s) => s.setFilters);
  const toggleType = useTransactionsStore((s) => s.toggleType);
  const clearFilters = useTransactionsStore((s) => s.clearFilters);
  return (
    <div className="tx-filters" role="search" aria-label={t('ui.transactions.filters')}>
      <fieldset className="tx-types">
        <legend>{t('ui.transactions.columns.type')}</legend>
        {TX_TYPES.map((type) => (
          <label key={type} className="check">
            <input type="checkbox" checked={filters.types.includes(type)} onChange={() => toggleType(type)} />
            {labels.type(type)}
          </label>
        ))}
      </fieldset>
      <div className="tx-fields">
        <label>
          <span>{t('ui.transactions.columns.status')}</span>
          <select value={filters.status} onChange={(e) => setFilters({ status: e.target.value as typeof filters.status })}>
            <option value="">{t('ui.transactions.anyStatus')}</option>
            {TX_STATUSES.map((status) => (
              <option key={status} value={status}>
                {labels.status(status)}
              </option>
            ))}
          </select>
        </label>
        <DateField label={t('ui.transactions.from')} value={filters.from} max={filters.to} onChange={(from) => setFilters({ from })} />
        <DateField label={t('ui.transactions.to')} value={filters.to} min={filters.from} onChange={(to) => setFilters({ to })} />
        <label className="tx-search">
          <span>{t('ui.transactions.search')}</span>
          <input type="search" value={filters.query} placeholder={t('ui.transactions.searchHint')} onChange={(e) => setFilters({ query: e.target.value })} />
        </label>
        <button type="button" className="btn-link" onClick={clearFilters}>
          {t('ui.transactions.clearFilters')}
        </button>
      </div>
    </div>
  );
}
