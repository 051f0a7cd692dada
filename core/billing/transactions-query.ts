/**
 * The Transactions view's query, answered in the core: filters (types, status, a period of days in the
 * viewer's time zone, a number or an amount), an order by any column (the words of type, status and
 * detail in the viewer's language), and one page of the result. The view receives what it shows, not
 * every transaction (1.25 MB at 10k users); exports read the pages they need. The running balance is
 * the list's, in date order: sorting, filtering or paging never changes a row's.
 */
import { translate } from '../i18n/translate.ts';
import type { Language } from '../model/records.ts';
import type { TransactionView } from '../schemas/account.ts';
import type { TransactionsQuery, TxSortColumn } from '../schemas/transactions-query.ts';
import { TX_SORT_COLUMNS } from '../schemas/transactions-query.ts';
import { transactionDetail } from './transaction-words.ts';
import { parseAmount } from './amount-text.ts';
import { dayFormatter } from './period-days.ts';

export const TX_PAGE_MAX = 1000;
const TX_PAGE_DEFAULT = 200;

export interface TxLabels {
  type(type: TransactionView['type']): string;
  status(status: TransactionView['status']): string;
  detail(row: TransactionView): string;
}

/** The words the view shows for a row, in a language (the same keys as the renderer's). */
export function txLabels(language: Language): TxLabels {
  const t = (key: string) => translate(language, key);
  return {
    type: (type) => t(`ui.transactions.types.${type}`),
    status: (status) => t(`ui.transactions.statuses.${status}`),
    detail: (row) => transactionDetail(row, (key, fallback) => translate(language, key, { defaultValue: fallback })),
  };
}

/** The sort key by column of the rows at `positions` (keyed by position): the list's position for the date (same-instant rows keep the core's order). */
function sortKeys(rows: readonly TransactionView[], positions: readonly number[], column: TxSortColumn, labels: TxLabels): Map<number, string | number> {
  const memo = new Map<string, string>();
  const word = (kind: 'type' | 'status', value: string) => memo.get(`${kind}|${value}`) ?? memo.set(`${kind}|${value}`, labels[kind](value as never).toLowerCase()).get(`${kind}|${value}`)!;
  return new Map(positions.map((i) => [i, keyOf(rows[i]!, i)]));
  function keyOf(row: TransactionView, i: number): string | number {
    switch (column) {
      case 'date':
        return i;
      case 'type':
        return word('type', row.type);
      case 'status':
        return word('status', row.status);
      case 'number':
        return row.number;
      case 'detail':
        return labels.detail(row).toLowerCase();
      case 'amount':
        return row.amount;
      case 'balance':
        return row.balanceAfter;
    }
  }
}

/** The rows the filters keep (positions into `rows`, oldest first). */
export function matchingPositions(rows: readonly TransactionView[], q: NonNullable<TransactionsQuery>, dayOf: (iso: string) => string): number[] {
  const query = (q.query ?? '').trim().toLowerCase();
  const amount = parseAmount(query);
  const types = q.types?.length ? new Set(q.types) : null;
  const out: number[] = [];
  rows.forEach((row, i) => {
    if (types && !types.has(row.type)) return;
    if (q.status && row.status !== q.status) return;
    if (q.from || q.to) {
      const day = dayOf(row.at);
      if ((q.from && day < q.from) || (q.to && day > q.to)) return;
    }
    if (query && !row.number.toLowerCase().includes(query)) {
      if (amount === null) return;
      // A failed attempt is found by what it tried to charge, though its amount (money moved) is zero.
      if (!(amount < 0 ? row.amount === amount : Math.abs(row.amount) === amount || row.attempted === amount)) return;
    }
    out.push(i);
  });
  return out;
}

export interface TxPage {
  transactions: TransactionView[];
  /** How many rows the filters keep; `total` how many there are. */
  matching: number;
  total: number;
  offset: number;
}

/** One page of the transactions the query keeps, in its order (newest first by default); ties keep the date order. */
export function queryTransactions(rows: readonly TransactionView[], query: TransactionsQuery, viewer: { language: Language; timeZone: string }): TxPage {
  const q = query ?? {};
  const sort = q.sort ?? { column: 'date', desc: true };
  if (!TX_SORT_COLUMNS.includes(sort.column)) throw new Error(`unknown column ${sort.column}`);
  const positions = matchingPositions(rows, q, dayFormatter(viewer.timeZone));
  if (sort.column !== 'date') {
    const key = sortKeys(rows, positions, sort.column, txLabels(viewer.language));
    positions.sort((a, b) => (key.get(a)! < key.get(b)! ? -1 : key.get(a)! > key.get(b)! ? 1 : a - b));
  }
  if (sort.desc) positions.reverse();
  const offset = Math.min(q.offset ?? 0, positions.length);
  const limit = Math.min(q.limit ?? TX_PAGE_DEFAULT, TX_PAGE_MAX);
  return { transactions: positions.slice(offset, offset + limit).map((i) => rows[i]!), matching: positions.length, total: rows.length, offset };
}
