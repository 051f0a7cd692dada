import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { downloadFile } from '../../app/print.ts';
import { useTimeZone } from '../../app/selectors.ts';
import { toCsv } from './csv.ts';
import { dayFormatter } from './days-and-amounts.ts';
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

/**
 * Download e-invoices: every invoice and credit note issued in the period the filters show (else from the
 * first transaction to the last), one CII XML each, in a ZIP the core makes. Says why when it cannot.
 */
export function useExportEInvoices(): { run: (rows: Transaction[]) => Promise<void>; busy: boolean; error: AppError | null } {
  const timeZone = useTimeZone();
  const from = useTransactionsStore((s) => s.filters.from);
  const to = useTransactionsStore((s) => s.filters.to);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const run = async (rows: Transaction[]) => {
    const day = dayFormatter(timeZone);
    const first = rows[0] ? day(rows[0].at) : '';
    const last = rows.at(-1) ? day(rows.at(-1)!.at) : '';
    const period = { from: from || first, to: to || last };
    setBusy(true);
    setError(null);
    const result = await api()['invoices.einvoiceArchive'](period);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    const bytes = Uint8Array.from(atob(result.value.zip), (c) => c.charCodeAt(0));
    downloadFile(result.value.fileName, bytes, 'application/zip');
  };
  return { run, busy, error };
}
