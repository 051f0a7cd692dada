import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useProvideCommands } from '../../app/app-commands.ts';
import { useReload } from '../../app/live-updates.ts';
import { useErrorText } from '../../components/errors.ts';
import { useTransactionsStore } from './store.ts';
import { EInvoicesStatus } from './EInvoicesStatus.tsx';
import { TransactionFilters } from './TransactionFilters.tsx';
import { TransactionsTable } from './TransactionsTable.tsx';
import { TransactionSummary } from './TransactionSummary.tsx';
import { useExportCsv, useExportEInvoices } from './use-export.ts';

/** Every charge, payment, credit and refund (SPEC §3): filter, sort, export as CSV, print a period's summary (the core filters, sorts and pages). */
export function TransactionsView() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const load = useTransactionsStore((s) => s.load);
  const loaded = useTransactionsStore((s) => s.loaded);
  const error = useTransactionsStore((s) => s.error);
  const total = useTransactionsStore((s) => s.total);
  const shown = useTransactionsStore((s) => s.matching);
  const readAll = useTransactionsStore((s) => s.readAll);
  const summaryOpen = useTransactionsStore((s) => s.summaryOpen);
  const openSummary = useTransactionsStore((s) => s.openSummary);
  const exportCsv = useExportCsv();
  const einvoices = useExportEInvoices();
  const einvoicesButton = useRef<HTMLButtonElement>(null);
  useReload(load);
  useEffect(() => () => openSummary(false), [openSummary]);
  // File > Export CSV exports what the filters keep (every page, oldest first); File > Print opens the period's
  // summary (its own Print then applies); File > Save e-invoice (and the palette's) saves the period's
  // e-invoices, as the toolbar's button.
  const einvoicesReady = (shown > 0 || einvoices.periodChosen) && !einvoices.busy;
  const csv = async () => {
    const rows = await readAll();
    if (rows) exportCsv(rows);
  };
  const saveEInvoices = async () => {
    // A chosen period is all the save needs; without one, its days are the first and last kept transaction's.
    const rows = einvoices.periodChosen ? [] : await readAll();
    if (rows) await einvoices.run(rows);
  };
  useProvideCommands(summaryOpen ? {} : { exportCsv: () => void csv(), print: () => openSummary(true), ...(einvoicesReady ? { saveEInvoice: () => void saveEInvoices() } : {}) });

  if (summaryOpen) return <TransactionSummary />;
  return (
    <div className="billing-view transactions-view">
      <h1>{t('ui.transactions.title')}</h1>
      {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
      <TransactionFilters />
      <EInvoicesStatus returnFocus={einvoicesButton} />
      <div className="tx-toolbar">
        <span className="muted" role="status">
          {t('ui.transactions.count', { count: shown, total })}
        </span>
        <span className="spacer" />
        <button type="button" className="btn" disabled={shown === 0} onClick={() => void csv()}>
          {t('ui.transactions.exportCsv')}
        </button>
        <button
          ref={einvoicesButton}
          type="button"
          className="btn"
          disabled={(shown === 0 && !einvoices.periodChosen) || einvoices.busy}
          aria-busy={einvoices.busy}
          title={einvoices.withPdf ? undefined : t('ui.transactions.einvoicesXmlOnly')}
          onClick={() => void saveEInvoices()}
        >
          {einvoices.withPdf ? t(einvoices.busy ? 'ui.transactions.savingEInvoices' : 'ui.transactions.saveEInvoices') : t('ui.transactions.exportEInvoices')}
        </button>
        <button type="button" className="btn" disabled={total === 0} onClick={() => openSummary(true)}>
          {t('ui.transactions.printSummary')}
        </button>
      </div>
      {!loaded && <p className="muted">{t('ui.transactions.loading')}</p>}
      {loaded && shown === 0 && <p className="muted">{total === 0 ? t('ui.transactions.empty') : t('ui.transactions.noMatch')}</p>}
      {shown > 0 && <TransactionsTable />}
    </div>
  );
}
