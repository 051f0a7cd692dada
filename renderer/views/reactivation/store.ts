/**
 * The reactivation page of a cancelled account (SPEC §3): the password reactivates a trial account at
 * once, or sends a paid account's reactivation request, whose state the page then keeps showing.
 */
import { create } from 'zustand';
import type { AppError, OutputOf } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { useSessionStore } from '../../app/session-store.ts';

export type RequestState = NonNullable<OutputOf<'account.reactivate'>['requestState']>;

interface ReactivationSlice {
  /** The request's state as the core last told it (it belongs to the account, not to who asked). */
  requestState: RequestState | null;
  busy: boolean;
  submit(password: string): Promise<AppError | null>;
}

export const useReactivationStore = create<ReactivationSlice>((set, get) => ({
  requestState: null,
  busy: false,

  async submit(password) {
    if (get().busy) return null;
    set({ busy: true });
    const result = await api()['account.reactivate']({ password });
    if (!result.ok) {
      set({ busy: false });
      return result.error;
    }
    if (result.value.outcome === 'requested') {
      set({ busy: false, requestState: result.value.requestState ?? 'sent' });
      return null;
    }
    // Reactivated: the session now says the account is active, and the app opens.
    const session = await api()['auth.session']();
    set({ busy: false, requestState: null });
    if (session.ok && session.value) useSessionStore.getState().setSession(session.value);
    return null;
  },
}));
