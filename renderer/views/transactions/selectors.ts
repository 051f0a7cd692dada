/** Which transactions the filters keep (over tx-index.ts), and the totals of a period. */
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useTimeZone } from '../../app/selectors.ts';
import { warmWhenIdle } from '../../components/warm-when-idle.ts';
import { dayFormatter, inPeriod } from './days-and-amounts.ts';
import { useTransactionsStore, type Transaction } from './store.ts';
import { buildTxIndex, TX_SORT_COLUMNS, txOrder, visibleTx, type TxIndex } from './tx-index.ts';
import { useTransactionLabels } from './use-labels.ts';

/** The search-and-sort index of the list, rebuilt only when the list, the language or the time zone changes. */
export function useTxIndex(): TxIndex {
  const rows = useTransactionsStore((s) => s.rows);
  const timeZone = useTimeZone();
  const { i18n } = useTranslation();
  const labels = useTransactionLabels();
  // The labels follow the language only; rebuilding on each render would defeat the index.
  const index = useMemo(() => buildTxIndex(rows, labels, dayFormatter(timeZone)), [rows, timeZone, i18n.language]);
  useEffect(() => warmWhenIdle(TX_SORT_COLUMNS, (c) => index.orders.has(c), (c) => txOrder(index, c)), [index]);
  return index;
}

export interface VisibleTx {
  index: TxIndex;
  /** Positions into index.rows, in display order. */
  positions: Uint32Array;
  /** The rows the filters keep, oldest first (CSV export), built on demand. */
  inDateOrder(): Transaction[];
}

/**
 * The transactions the filters keep, in the chosen order. A pass over a few thousand precomputed rows
 * takes well under a millisecond, so it runs in the same render as the input (deferring it, as People
 * does for 100k users, would cost a second render and commit before the frame).
 */
export function useVisibleTx(): VisibleTx {
  const index = useTxIndex();
  const filters = useTransactionsStore((s) => s.filters);
  const sort = useTransactionsStore((s) => s.sort);
  const positions = useMemo(() => visibleTx(index, filters, sort), [index, filters, sort]);
  return useMemo(
    () => ({ index, positions, inDateOrder: () => Array.from(visibleTx(index, filters, { column: 'date', desc: false }), (i) => index.rows[i]!) }),
    [index, positions, filters],
  );
}

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

export function useSummary(): PeriodSummary {
  const rows = useTransactionsStore((s) => s.rows);
  const from = useTransactionsStore((s) => s.filters.from);
  const to = useTransactionsStore((s) => s.filters.to);
  const timeZone = useTimeZone();
  return useMemo(() => summarize(rows, from, to, dayFormatter(timeZone)), [rows, from, to, timeZone]);
}
