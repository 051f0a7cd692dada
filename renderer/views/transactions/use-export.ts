import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { downloadFile } from '../../app/print.ts';
import { useSessionStore } from '../../app/session-store.ts';
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

/** What the period's e-invoices export did last: saved with their PDFs (desktop), or downloaded as XML only. */
export type EInvoicesOutcome = { kind: 'saved'; path: string } | { kind: 'xmlOnly' } | null;

export interface ExportEInvoices {
  run: (rows: Transaction[]) => Promise<void>;
  busy: boolean;
  error: AppError | null;
  outcome: EInvoicesOutcome;
  /** The desktop app prints each document: its Factur-X PDF goes in the ZIP beside the XML. */
  withPdf: boolean;
  /** Both days of the period are chosen: the export can say what it finds there even when no row is shown. */
  periodChosen: boolean;
}

/**
 * E-invoices of the period the filters show (else from the first transaction to the last), in one ZIP:
 * in the desktop app, through a save dialog, each document's CII XML and its Factur-X PDF (the host
 * prints each invoice view); in the browser, which cannot print to a file, the CII XML of each, as a
 * download the core makes — and the outcome says so. Says why when it cannot.
 */
export function useExportEInvoices(): ExportEInvoices {
  const timeZone = useTimeZone();
  const from = useTransactionsStore((s) => s.filters.from);
  const to = useTransactionsStore((s) => s.filters.to);
  const withPdf = useSessionStore((s) => s.status?.mode === 'electron');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [outcome, setOutcome] = useState<EInvoicesOutcome>(null);
  const downloadXml = async (period: { from: string; to: string }) => {
    const result = await api()['invoices.einvoiceArchive'](period);
    if (!result.ok) return setError(result.error);
    const bytes = Uint8Array.from(atob(result.value.zip), (c) => c.charCodeAt(0));
    downloadFile(result.value.fileName, bytes, 'application/zip');
    setOutcome({ kind: 'xmlOnly' });
  };
  const run = async (rows: Transaction[]) => {
    const day = dayFormatter(timeZone);
    const first = rows[0] ? day(rows[0].at) : '';
    const last = rows.at(-1) ? day(rows.at(-1)!.at) : '';
    const period = { from: from || first, to: to || last };
    setBusy(true);
    setError(null);
    setOutcome(null);
    try {
      if (!withPdf) return await downloadXml(period);
      const saved = await api()['host.saveEInvoiceArchive'](period);
      if (saved.ok) return setOutcome(saved.value.saved && saved.value.path ? { kind: 'saved', path: saved.value.path } : null);
      if (saved.error.code === 'unavailable') return await downloadXml(period);
      setError(saved.error);
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, error, outcome, withPdf, periodChosen: Boolean(from && to) };
}
