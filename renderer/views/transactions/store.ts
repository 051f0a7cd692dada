/**
 * Transactions: one page at a time of what the filters keep, in the order the admin set, filtered,
 * sorted and paged by the core (transactions.query) — the view never holds every transaction; the next
 * page loads as the table scrolls. Exports read every row the filters keep; the printable summary reads
 * the whole list when it opens.
 */
import { create } from 'zustand';
import type { AppError, InputOf, OutputOf, TxSortColumn } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { printDocument, saveDocumentAsPdf } from '../../app/print.ts';
import { useSessionStore } from '../../app/session-store.ts';
import { latest } from '../activity/paged.ts';

export type Transaction = OutputOf<'transactions.list'>['transactions'][number];
export type TxType = Transaction['type'];
export type TxStatus = Transaction['status'];
export type BillingDetails = OutputOf<'account.billing'>;
export interface TxSort {
  column: TxSortColumn;
  desc: boolean;
}

export const TX_TYPES: TxType[] = ['invoice', 'credit_note', 'payment', 'failed_payment', 'refund', 'credit_applied'];
export const TX_STATUSES: TxStatus[] = ['paid', 'open', 'credited', 'succeeded', 'failed', 'applied'];
/** Rows per page on screen; an export reads the core's largest pages. */
export const TX_PAGE = 200;
const TX_EXPORT_PAGE = 1000;

export interface Filters {
  /** None chosen: every type. */
  types: TxType[];
  status: TxStatus | '';
  /** Days (YYYY-MM-DD) in the user's time zone, both included; '' for open-ended. */
  from: string;
  to: string;
  /** A document number (or part of one), or an amount such as "205.10" or "205,10". */
  query: string;
}

interface TransactionsSlice {
  /** The pages loaded so far, in the query's order. */
  rows: Transaction[];
  /** How many rows the filters keep, and how many there are. */
  matching: number;
  total: number;
  loading: boolean;
  account: BillingDetails | null;
  loaded: boolean;
  error: AppError | null;
  filters: Filters;
  /** Newest first by default. */
  sort: TxSort;
  summaryOpen: boolean;
  /** Every transaction, oldest first, read when the summary opens (null until then). */
  summaryRows: Transaction[] | null;
  /** Where Save as PDF wrote the summary, to say so. */
  savedTo: string | null;
  load(): Promise<void>;
  loadMore(): Promise<void>;
  /** Every row the filters keep, oldest first (Export CSV, the e-invoices' period); null when refused. */
  readAll(): Promise<Transaction[] | null>;
  setFilters(patch: Partial<Filters>): void;
  setSort(sort: TxSort): void;
  toggleType(type: TxType): void;
  clearFilters(): void;
  openSummary(open: boolean): void;
  print(): Promise<void>;
  savePdf(fileName: string): Promise<void>;
}

const noFilters = (): Filters => ({ types: [], status: '', from: '', to: '', query: '' });
type Data = Pick<TransactionsSlice, 'rows' | 'matching' | 'total' | 'loading' | 'account' | 'loaded' | 'error' | 'filters' | 'sort' | 'summaryOpen' | 'summaryRows' | 'savedTo'>;
const empty = (): Data => ({ rows: [], matching: 0, total: 0, loading: false, account: null, loaded: false, error: null, filters: noFilters(), sort: { column: 'date', desc: true }, summaryOpen: false, summaryRows: null, savedTo: null });

/** The filters as the core takes them: empty ones left out. */
export function queryOf(filters: Filters): NonNullable<InputOf<'transactions.query'>> {
  const query = filters.query.trim();
  return {
    ...(filters.types.length ? { types: filters.types } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    ...(query ? { query } : {}),
  };
}

const requests = latest();
/** Typing in the search reloads once the typing pauses. */
const TYPING_PAUSE_MS = 200;
let typing: ReturnType<typeof setTimeout> | undefined;

export const useTransactionsStore = create<TransactionsSlice>((set, get) => {
  /** The first page for the filters and order (fresh: replaces the rows), or the page after those loaded. */
  async function readPage(fresh: boolean): Promise<void> {
    const { rows, matching, filters, sort, loading } = get();
    if (!fresh && (loading || rows.length >= matching)) return;
    const ticket = fresh ? requests.next() : requests.now();
    set({ loading: true });
    const result = await api()['transactions.query']({ ...queryOf(filters), sort, offset: fresh ? 0 : rows.length, limit: TX_PAGE });
    if (!requests.isCurrent(ticket)) return;
    if (!result.ok) return set({ loading: false, loaded: true, error: result.error });
    const page = result.value;
    set({ rows: fresh ? page.transactions : [...get().rows, ...page.transactions], matching: page.matching, total: page.total, loading: false, loaded: true, error: null });
  }

  return {
    ...empty(),

    async load() {
      const [account] = await Promise.all([api()['account.billing'](), readPage(true)]);
      set(account.ok ? { account: account.value } : { account: null, error: account.error });
    },

    loadMore: () => readPage(false),

    async readAll() {
      const filters = queryOf(get().filters);
      const rows: Transaction[] = [];
      for (;;) {
        const page = await api()['transactions.query']({ ...filters, sort: { column: 'date', desc: false }, offset: rows.length, limit: TX_EXPORT_PAGE });
        if (!page.ok) {
          set({ error: page.error });
          return null;
        }
        rows.push(...page.value.transactions);
        if (page.value.transactions.length === 0 || rows.length >= page.value.matching) return rows;
      }
    },

    setFilters(patch) {
      set({ filters: { ...get().filters, ...patch } });
      clearTimeout(typing);
      if (Object.keys(patch).every((k) => k === 'query')) typing = setTimeout(() => void readPage(true), TYPING_PAUSE_MS);
      else void readPage(true);
    },

    setSort(sort) {
      set({ sort });
      void readPage(true);
    },

    toggleType(type) {
      const types = get().filters.types;
      get().setFilters({ types: types.includes(type) ? types.filter((t) => t !== type) : [...types, type] });
    },

    clearFilters() {
      clearTimeout(typing);
      set({ filters: noFilters() });
      void readPage(true);
    },

    openSummary(summaryOpen) {
      set({ summaryOpen, savedTo: null, ...(summaryOpen ? {} : { summaryRows: null }) });
      if (!summaryOpen) return;
      void api()['transactions.list']().then((list) => {
        if (get().summaryOpen) set(list.ok ? { summaryRows: list.value.transactions } : { error: list.error, summaryRows: [] });
      });
    },
    print: () => printDocument(),

    async savePdf(fileName) {
      const result = await saveDocumentAsPdf(fileName);
      set({ savedTo: result?.saved && result.path ? result.path : null });
    },
  };
});

// Another user signing in starts from a clean slate.
useSessionStore.subscribe((state, previous) => {
  if (state.session?.user.id !== previous.session?.user.id) useTransactionsStore.setState(empty());
});
