import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../app/print.ts';
import { useSessionStore } from '../../app/session-store.ts';
import { useTimeZone } from '../../app/selectors.ts';
import { toCsv } from './csv.ts';
import { dayFormatter } from './days-and-amounts.ts';
import { useEInvoicesStore } from './einvoices-store.ts';
import { useTransactionsStore, type Transaction } from './store.ts';
import { useTransactionLabels } from './use-labels.ts';

/** Export CSV: the rows as filtered, downloaded as a file named for the period chosen. */
export function useExportCsv(): (rows: Transaction[]) => void {
  const { t } = useTranslation();
  const labels = useTransactionLabels();
  const timeZone = useTimeZone();
  const from = useTransactionsStore((s) => s.filters.from);
  const to = useTransactionsStore((s) => s.filters.to);
  return (rows) => {
    const headers = {
      date: t('ui.transactions.columns.date'),
      type: t('ui.transactions.columns.type'),
      number: t('ui.transactions.columns.number'),
      purchaseOrder: t('ui.transactions.columns.purchaseOrder'),
      detail: t('ui.transactions.columns.detail'),
      status: t('ui.transactions.columns.status'),
      amount: t('ui.transactions.columns.amount'),
      currency: t('ui.transactions.columns.currency'),
      balance: t('ui.transactions.columns.balance'),
    };
    const csv = toCsv(rows, { headers, ...labels }, dayFormatter(timeZone));
    const period = [from, to].filter(Boolean).join('_');
    // A byte-order mark, so spreadsheet apps read the file as UTF-8.
    downloadFile(`transactions${period ? `_${period}` : ''}.csv`, `\uFEFF${csv}`, 'text/csv;charset=utf-8');
  };
}

export type { EInvoicesOutcome } from './einvoices-store.ts';

export interface ExportEInvoices {
  run: (rows: Transaction[]) => Promise<void>;
  busy: boolean;
  /** The desktop app prints each document: its Factur-X PDF goes in the ZIP beside the XML. */
  withPdf: boolean;
  /** Both days of the period are chosen: the export can say what it finds there even when no row is shown. */
  periodChosen: boolean;
}

/**
 * E-invoices of the period the filters show (else from the first transaction to the last), in one ZIP:
 * in the desktop app, through a save dialog, each document's CII XML and its Factur-X PDF (the host
 * prints each invoice view, with progress and Cancel: einvoices-store.ts); in the browser, which cannot
 * print to a file, the CII XML of each, as a download the core makes — and the outcome says so.
 */
export function useExportEInvoices(): ExportEInvoices {
  const timeZone = useTimeZone();
  const from = useTransactionsStore((s) => s.filters.from);
  const to = useTransactionsStore((s) => s.filters.to);
  const withPdf = useSessionStore((s) => s.status?.mode === 'electron');
  const busy = useEInvoicesStore((s) => s.busy);
  const start = useEInvoicesStore((s) => s.run);
  const run = async (rows: Transaction[]) => {
    const day = dayFormatter(timeZone);
    const first = rows[0] ? day(rows[0].at) : '';
    const last = rows.at(-1) ? day(rows.at(-1)!.at) : '';
    await start({ from: from || first, to: to || last }, withPdf);
  };
  return { run, busy, withPdf, periodChosen: Boolean(from && to) };
}
