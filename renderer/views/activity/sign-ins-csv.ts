/** The sign-ins the filters match as CSV: every value as the table shows it (dates, reasons in words). */
import { writeCsv } from '../../../core/csv/write.ts';
import type { SignInRow } from './use-sign-in-labels.ts';

export interface SignInCsvLabels {
  headers: { when: string; user: string; email: string; method: string; outcome: string; reason: string };
  when(iso: string): string;
  user(row: SignInRow): string;
  method(row: SignInRow): string;
  outcome(row: SignInRow): string;
  reason(row: SignInRow): string;
}

export function signInsCsv(rows: Iterable<SignInRow>, labels: SignInCsvLabels): string {
  const h = labels.headers;
  const data: string[][] = [];
  for (const row of rows) data.push([labels.when(row.at), labels.user(row), row.email, labels.method(row), labels.outcome(row), labels.reason(row)]);
  return writeCsv([h.when, h.user, h.email, h.method, h.outcome, h.reason], data);
}
