/**
 * Reactivating a cancelled account (SPEC §3): the password reactivates a trial account at once, or
 * sends a paid account's reactivation request. The request's state belongs to the account and comes
 * with the session, so it shows without the password; a billing contact may withdraw it.
 */
import { create } from 'zustand';
import type { AppError } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { useSessionStore } from '../../app/session-store.ts';

interface ReactivationSlice {
  busy: boolean;
  /** What the last action did, for the page's status line. */
  done: 'reactivated' | 'requested' | 'withdrawn' | null;
  submit(password: string): Promise<AppError | null>;
  withdraw(): Promise<AppError | null>;
  reset(): void;
}

export const useReactivationStore = create<ReactivationSlice>((set, get) => ({
  busy: false,
  done: null,

  async submit(password) {
    if (get().busy) return null;
    set({ busy: true, done: null });
    const result = await api()['account.reactivate']({ password });
    // Either way the session says where the account stands now (active, or its request's state).
    if (result.ok) await useSessionStore.getState().refresh();
    set({ busy: false, done: result.ok ? result.value.outcome : null });
    return result.ok ? null : result.error;
  },

  async withdraw() {
    if (get().busy) return null;
    set({ busy: true, done: null });
    const result = await api()['account.withdrawReactivation']();
    await useSessionStore.getState().refresh();
    set({ busy: false, done: result.ok ? 'withdrawn' : null });
    return result.ok ? null : result.error;
  },

  reset: () => set({ done: null }),
}));
