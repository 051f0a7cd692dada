/** My Account actions: each calls the core and, on success, refreshes the signed-in user everywhere. */
import { create } from 'zustand';
import type { AppError, InputOf, OutputOf } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { useSessionStore } from '../../app/session-store.ts';

type Me = OutputOf<'me.get'>;
export type SaveResult = { ok: true } | { ok: false; error: AppError };

interface MyAccountSlice {
  editing: 'login' | 'personal' | null;
  notice: string | null;
  setEditing(panel: MyAccountSlice['editing']): void;
  savePersonal(input: InputOf<'me.updatePersonal'>): Promise<SaveResult>;
  saveLogin(input: InputOf<'me.updateLogin'>): Promise<SaveResult>;
}

function applyMe(me: Me): void {
  const { session, setSession } = useSessionStore.getState();
  if (session) setSession({ ...session, user: me });
}

export const useMyAccountStore = create<MyAccountSlice>((set) => ({
  editing: null,
  notice: null,
  setEditing: (editing) => set({ editing, notice: null }),

  // Each save says what it did: an error stays on the form; saved, or nothing to save, closes it.
  async savePersonal(input) {
    const result = await api()['me.updatePersonal'](input);
    if (!result.ok) return result;
    applyMe(result.value.me);
    set({ editing: null, notice: result.value.outcome === 'saved' ? 'ui.myAccount.personalSaved' : 'ui.myAccount.nothingToSave' });
    return { ok: true };
  },

  async saveLogin(input) {
    const result = await api()['me.updateLogin'](input);
    if (!result.ok) return result;
    applyMe(result.value.me);
    set({ editing: null, notice: result.value.outcome === 'saved' ? 'ui.myAccount.loginSaved' : 'ui.myAccount.nothingToSave' });
    return { ok: true };
  },
}));
