/** The totals of the period the date filter chose, over every transaction (read when the summary opens). */
import { useMemo } from 'react';
import { useTimeZone } from '../../app/selectors.ts';
import { dayFormatter, inPeriod } from './days-and-amounts.ts';
import { useTransactionsStore, type Transaction } from './store.ts';

export interface PeriodSummary {
  rows: Transaction[];
  from: string;
  to: string;
  opening: number;
  closing: number;
  invoiced: number;
  credited: number;
  creditApplied: number;
  paid: number;
  refunded: number;
  failed: number;
}

/** Every transaction of the period the date filter chose (other filters aside), with its totals. */
export function summarize(all: Transaction[], from: string, to: string, dayOf: (iso: string) => string): PeriodSummary {
  const rows = all.filter((row) => inPeriod(dayOf(row.at), from, to));
  const before = from ? all.filter((row) => dayOf(row.at) < from) : [];
  const opening = before.at(-1)?.balanceAfter ?? 0;
  const sum = (type: Transaction['type']) => rows.filter((r) => r.type === type).reduce((total, r) => total + r.amount, 0);
  return {
    rows,
    from: from || (rows[0] ? dayOf(rows[0].at) : ''),
    to: to || (rows.at(-1) ? dayOf(rows.at(-1)!.at) : ''),
    opening,
    closing: rows.at(-1)?.balanceAfter ?? opening,
    invoiced: sum('invoice'),
    credited: sum('credit_note'),
    creditApplied: sum('credit_applied'),
    paid: sum('payment'),
    refunded: sum('refund'),
    // What failed attempts tried to charge (no money moved: their amount is zero).
    failed: rows.reduce((total, r) => total + (r.attempted ?? 0), 0),
  };
}

/** The summary of the period, or null while its rows are being read. */
export function useSummary(): PeriodSummary | null {
  const rows = useTransactionsStore((s) => s.summaryRows);
  const from = useTransactionsStore((s) => s.filters.from);
  const to = useTransactionsStore((s) => s.filters.to);
  const timeZone = useTimeZone();
  return useMemo(() => (rows ? summarize(rows, from, to, dayFormatter(timeZone)) : null), [rows, from, to, timeZone]);
}
