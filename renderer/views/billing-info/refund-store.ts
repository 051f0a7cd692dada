/**
 * Refunding the account's credit to a card (core/billing/refunds.ts): what may be refunded, whether the
 * dialog is open, and the last refund made, to say so.
 */
import { create } from 'zustand';
import type { AppError, InputOf, OutputOf } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { useSessionStore } from '../../app/session-store.ts';

export type RefundOptions = OutputOf<'billing.overview'>['refunds'];
export type RefundDone = OutputOf<'billing.refund'>;

interface RefundSlice {
  options: RefundOptions | null;
  creditBalance: number;
  currency: 'EUR' | 'USD';
  dialogOpen: boolean;
  done: RefundDone | null;
  load(): Promise<void>;
  openDialog(open: boolean): void;
  refund(input: InputOf<'billing.refund'>): Promise<AppError | null>;
}

type Data = Pick<RefundSlice, 'options' | 'creditBalance' | 'currency' | 'dialogOpen' | 'done'>;
const empty = (): Data => ({ options: null, creditBalance: 0, currency: 'EUR', dialogOpen: false, done: null });

export const useRefundStore = create<RefundSlice>((set) => ({
  ...empty(),

  async load() {
    const overview = await api()['billing.overview']();
    if (overview.ok) set({ options: overview.value.refunds, creditBalance: overview.value.creditBalance, currency: overview.value.currency });
  },

  openDialog: (dialogOpen) => set({ dialogOpen, ...(dialogOpen ? { done: null } : {}) }),

  async refund(input) {
    const result = await api()['billing.refund'](input);
    if (!result.ok) return result.error;
    set({ done: result.value, dialogOpen: false, options: result.value.options, creditBalance: result.value.creditBalance });
    return null;
  },
}));

// Another user signing in starts from a clean slate.
useSessionStore.subscribe((state, previous) => {
  if (state.session?.user.id !== previous.session?.user.id) useRefundStore.setState(empty());
});
