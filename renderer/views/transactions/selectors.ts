/** Which transactions the filters keep, and the totals of a period. Pure, so 5,000 rows filter in a blink. */
import { useMemo } from 'react';
import { useTimeZone } from '../../app/selectors.ts';
import { useTransactionsStore, type Filters, type Transaction } from './store.ts';

const dayCaches = new Map<string, (iso: string) => string>();

/**
 * An instant as its day (YYYY-MM-DD) in a time zone. Intl formatting costs microseconds per call, and a
 * filter keystroke asks for every row's day: each zone's answers are kept, so only new instants format.
 */
export function dayFormatter(timeZone: string): (iso: string) => string {
  const cached = dayCaches.get(timeZone);
  if (cached) return cached;
  const fmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const days = new Map<string, string>();
  const dayOf = (iso: string) => {
    let day = days.get(iso);
    if (day === undefined) days.set(iso, (day = fmt.format(new Date(iso))));
    return day;
  };
  dayCaches.set(timeZone, dayOf);
  return dayOf;
}

/**
 * An amount typed as the admin reads it ("205.10", "205,10", "1 205,10", "-90") → minor units; null when the
 * text is not an amount. The last "." or "," followed by one or two digits is the decimal separator.
 */
export function parseAmount(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f'€$]/g, '');
  const match = /^(-?)([\d.,]*\d)$/.exec(compact);
  if (!match) return null;
  const [, sign, digits] = match as unknown as [string, string, string];
  const decimal = /[.,](\d{1,2})$/.exec(digits);
  const whole = (decimal ? digits.slice(0, decimal.index) : digits).replace(/[.,]/g, '');
  if (!/^\d+$/.test(whole)) return null;
  const cents = decimal ? decimal[1]!.padEnd(2, '0') : '00';
  const minor = Number(whole) * 100 + Number(cents);
  return sign ? -minor : minor;
}

/** A row matches a query by its number, or by its amount (unsigned unless the query has a minus sign). */
export function matchesQuery(row: Transaction, query: string, amount: number | null): boolean {
  if (!query) return true;
  if (row.number.toLowerCase().includes(query)) return true;
  if (amount === null) return false;
  return amount < 0 ? row.amount === amount : Math.abs(row.amount) === amount;
}

export function inPeriod(day: string, from: string, to: string): boolean {
  return (!from || day >= from) && (!to || day <= to);
}

export function filterRows(rows: Transaction[], filters: Filters, dayOf: (iso: string) => string): Transaction[] {
  const query = filters.query.trim().toLowerCase();
  const amount = parseAmount(query);
  return rows.filter(
    (row) =>
      (filters.types.length === 0 || filters.types.includes(row.type)) &&
      (!filters.status || row.status === filters.status) &&
      inPeriod(dayOf(row.at), filters.from, filters.to) &&
      matchesQuery(row, query, amount),
  );
}

/** The rows the table shows. */
export function useFilteredRows(): Transaction[] {
  const rows = useTransactionsStore((s) => s.rows);
  const filters = useTransactionsStore((s) => s.filters);
  const timeZone = useTimeZone();
  return useMemo(() => filterRows(rows, filters, dayFormatter(timeZone)), [rows, filters, timeZone]);
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
    failed: sum('failed_payment'),
  };
}

export function useSummary(): PeriodSummary {
  const rows = useTransactionsStore((s) => s.rows);
  const from = useTransactionsStore((s) => s.filters.from);
  const to = useTransactionsStore((s) => s.filters.to);
  const timeZone = useTimeZone();
  return useMemo(() => summarize(rows, from, to, dayFormatter(timeZone)), [rows, from, to, timeZone]);
}
