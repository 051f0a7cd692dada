import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../components/errors.ts';
import { useFilteredRows } from './selectors.ts';
import { useTransactionsStore } from './store.ts';
import { TransactionFilters } from './TransactionFilters.tsx';
import { TransactionsTable } from './TransactionsTable.tsx';
import { TransactionSummary } from './TransactionSummary.tsx';
import { useExportCsv } from './use-export.ts';

/** Every charge, payment, credit and refund (SPEC §3): filter, sort, export as CSV, print a period's summary. */
export function TransactionsView() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const load = useTransactionsStore((s) => s.load);
  const loaded = useTransactionsStore((s) => s.loaded);
  const error = useTransactionsStore((s) => s.error);
  const total = useTransactionsStore((s) => s.rows.length);
  const summaryOpen = useTransactionsStore((s) => s.summaryOpen);
  const openSummary = useTransactionsStore((s) => s.openSummary);
  const rows = useFilteredRows();
  const exportCsv = useExportCsv();
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => () => openSummary(false), [openSummary]);

  if (summaryOpen) return <TransactionSummary />;
  return (
    <div className="billing-view transactions-view">
      <h1>{t('ui.transactions.title')}</h1>
      {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
      <TransactionFilters />
      <div className="tx-toolbar">
        <span className="muted" role="status">
          {t('ui.transactions.count', { count: rows.length, total })}
        </span>
        <span className="spacer" />
        <button type="button" className="btn" disabled={rows.length === 0} onClick={() => exportCsv(rows)}>
          {t('ui.transactions.exportCsv')}
        </button>
        <button type="button" className="btn" disabled={total === 0} onClick={() => openSummary(true)}>
          {t('ui.transactions.printSummary')}
        </button>
      </div>
      {!loaded && <p className="muted">{t('ui.transactions.loading')}</p>}
      {loaded && rows.length === 0 && <p className="muted">{total === 0 ? t('ui.transactions.empty') : t('ui.transactions.noMatch')}</p>}
      {rows.length > 0 && <TransactionsTable rows={rows} />}
    </div>
  );
}
