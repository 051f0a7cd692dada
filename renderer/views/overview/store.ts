/** The Overview: seats per product, and for billing viewers spending per month, renewal, balance, pending payment. */
import { create } from 'zustand';
import type { AppError, OutputOf } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { takeFirstScreen } from '../../app/first-screen.ts';
import { useSessionStore } from '../../app/session-store.ts';

export type Overview = OutputOf<'overview.get'>;
export type Months = 12 | 36;

interface OverviewSlice {
  data: Overview | null;
  months: Months;
  loaded: boolean;
  /** Counts the answers taken (read or brought by the sign-in): a view opened again knows when its own came. */
  answers: number;
  error: AppError | null;
  load(months?: Months): Promise<void>;
}

export const useOverviewStore = create<OverviewSlice>((set, get) => ({
  data: null,
  months: 12,
  loaded: false,
  answers: 0,
  error: null,

  async load(months = get().months) {
    set({ months });
    // Just signed in: the sign-in's answer brought the 12 months' Overview.
    const primed = months === 12 ? takeFirstScreen('overview') : undefined;
    if (primed) return set((s) => ({ data: primed, loaded: true, error: null, answers: s.answers + 1 }));
    const result = await api()['overview.get']({ months });
    if (get().months !== months) return; // a later toggle won
    set((s) => (result.ok ? { data: result.value, loaded: true, error: null, answers: s.answers + 1 } : { loaded: true, error: result.error }));
  },
}));

useSessionStore.subscribe((state, previous) => {
  if (state.session?.user.id !== previous.session?.user.id) useOverviewStore.setState({ data: null, loaded: false, error: null, months: 12 });
});
