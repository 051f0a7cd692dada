/** The filtered transactions as CSV: a header row, ISO dates, amounts as decimals with a dot (-100.65). */
import { writeCsv } from '../../../core/csv/write.ts';
import type { Transaction } from './store.ts';

export interface CsvLabels {
  headers: { date: string; type: string; number: string; purchaseOrder: string; detail: string; status: string; amount: string; currency: string; balance: string };
  type(type: Transaction['type']): string;
  status(status: Transaction['status']): string;
  detail(row: Transaction): string;
}

/** Minor units → "1234.50" (both currencies have two decimals). */
export function decimal(minor: number): string {
  return (minor / 100).toFixed(2);
}

export function toCsv(rows: Transaction[], labels: CsvLabels, dayOf: (iso: string) => string): string {
  const h = labels.headers;
  return writeCsv(
    [h.date, h.type, h.number, h.purchaseOrder, h.detail, h.status, h.amount, h.currency, h.balance],
    rows.map((row) => [dayOf(row.at), labels.type(row.type), row.number, row.purchaseOrder, labels.detail(row), labels.status(row.status), decimal(row.amount), row.currency, decimal(row.balanceAfter)]),
  );
}
