/**
 * Transactions: every invoice, credit note, payment, failed payment, refund and credit applied, with
 * the filters and the order the admin set, and whether the printable summary of the chosen period is open.
 */
import { create } from 'zustand';
import type { AppError, OutputOf } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { printDocument, saveDocumentAsPdf } from '../../app/print.ts';
import { useSessionStore } from '../../app/session-store.ts';
import type { TxSort } from './tx-index.ts';

export type Transaction = OutputOf<'transactions.list'>['transactions'][number];
export type TxType = Transaction['type'];
export type TxStatus = Transaction['status'];
export type BillingDetails = OutputOf<'account.billing'>;

export const TX_TYPES: TxType[] = ['invoice', 'credit_note', 'payment', 'failed_payment', 'refund', 'credit_applied'];
export const TX_STATUSES: TxStatus[] = ['paid', 'open', 'credited', 'succeeded', 'failed', 'applied'];

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
  rows: Transaction[];
  account: BillingDetails | null;
  loaded: boolean;
  error: AppError | null;
  filters: Filters;
  /** Newest first by default. */
  sort: TxSort;
  summaryOpen: boolean;
  /** Where Save as PDF wrote the summary, to say so. */
  savedTo: string | null;
  load(): Promise<void>;
  setFilters(patch: Partial<Filters>): void;
  setSort(sort: TxSort): void;
  toggleType(type: TxType): void;
  clearFilters(): void;
  openSummary(open: boolean): void;
  print(): Promise<void>;
  savePdf(fileName: string): Promise<void>;
}

const noFilters = (): Filters => ({ types: [], status: '', from: '', to: '', query: '' });
type Data = Pick<TransactionsSlice, 'rows' | 'account' | 'loaded' | 'error' | 'filters' | 'sort' | 'summaryOpen' | 'savedTo'>;
const empty = (): Data => ({ rows: [], account: null, loaded: false, error: null, filters: noFilters(), sort: { column: 'date', desc: true }, summaryOpen: false, savedTo: null });

export const useTransactionsStore = create<TransactionsSlice>((set, get) => ({
  ...empty(),

  async load() {
    const [list, account] = await Promise.all([api()['transactions.list'](), api()['account.billing']()]);
    set({
      rows: list.ok ? list.value.transactions : [],
      account: account.ok ? account.value : null,
      error: !list.ok ? list.error : !account.ok ? account.error : null,
      loaded: true,
    });
  },

  setFilters: (patch) => set({ filters: { ...get().filters, ...patch } }),
  setSort: (sort) => set({ sort }),

  toggleType(type) {
    const types = get().filters.types;
    get().setFilters({ types: types.includes(type) ? types.filter((t) => t !== type) : [...types, type] });
  },

  clearFilters: () => set({ filters: noFilters() }),
  openSummary: (summaryOpen) => set({ summaryOpen, savedTo: null }),
  print: () => printDocument(),

  async savePdf(fileName) {
    const result = await saveDocumentAsPdf(fileName);
    set({ savedTo: result?.saved && result.path ? result.path : null });
  },
}));

// Another user signing in starts from a clean slate.
useSessionStore.subscribe((state, previous) => {
  if (state.session?.user.id !== previous.session?.user.id) useTransactionsStore.setState(empty());
});
