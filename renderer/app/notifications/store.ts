/**
 * The notification centre's slice: the signed-in user's list (derived by the core from the account's
 * state) and marking read. Reloaded whenever the account changed (useReload), so a failed renewal, a
 * colleague's change or damage found shows without a restart.
 */
import { create } from 'zustand';
import type { AppError, Notification } from '../../../core/contract.ts';
import { api } from '../api.ts';
import { takeFirstScreen } from '../first-screen.ts';
import { useSessionStore } from '../session-store.ts';

interface NotificationsSlice {
  notifications: Notification[];
  unread: number;
  error: AppError | null;
  load(): Promise<void>;
  markRead(ids: readonly string[]): Promise<void>;
}

const empty = () => ({ notifications: [] as Notification[], unread: 0, error: null });

export const useNotificationsStore = create<NotificationsSlice>((set) => ({
  ...empty(),

  async load() {
    const primed = takeFirstScreen('notifications');
    if (primed) return set({ ...primed, error: null });
    const result = await api()['notifications.list']();
    set(result.ok ? { ...result.value, error: null } : { error: result.error });
  },

  async markRead(ids) {
    if (ids.length === 0) return;
    const result = await api()['notifications.markRead']({ ids: [...ids] });
    set(result.ok ? { ...result.value, error: null } : { error: result.error });
  },
}));

// Another user signing in starts from a clean slate.
useSessionStore.subscribe((state, previous) => {
  if (state.session?.user.id !== previous.session?.user.id) useNotificationsStore.setState(empty());
});
