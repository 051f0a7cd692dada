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
  saveLogin(input: { email: string; currentPassword: string; newPassword: string; confirmPassword: string }): Promise<SaveResult>;
}

function applyMe(me: Me): void {
  const { session, setSession } = useSessionStore.getState();
  if (session) setSession({ ...session, user: me });
}

export const useMyAccountStore = create<MyAccountSlice>((set) => ({
  editing: null,
  notice: null,
  setEditing: (editing) => set({ editing, notice: null }),

  async savePersonal(input) {
    const result = await api()['me.updatePersonal'](input);
    if (!result.ok) return result;
    applyMe(result.value);
    set({ editing: null, notice: 'ui.myAccount.personalSaved' });
    return { ok: true };
  },

  async saveLogin({ email, currentPassword, newPassword, confirmPassword }) {
    const me = useSessionStore.getState().session?.user;
    if (me && email.trim() !== me.email) {
      const result = await api()['me.updateEmail']({ email, currentPassword });
      if (!result.ok) return result;
      applyMe(result.value);
    }
    if (newPassword || confirmPassword) {
      const result = await api()['me.changePassword']({ currentPassword, newPassword, confirmPassword });
      if (!result.ok) return result;
      applyMe(result.value);
    }
    set({ editing: null, notice: 'ui.myAccount.loginSaved' });
    return { ok: true };
  },
}));
