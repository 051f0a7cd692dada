/**
 * Contact Center queues: every queue with its supervisors and agents, and unassigning one member
 * (confirmed first); the outcome says when it freed the member's Contact Center licence.
 */
import { create } from 'zustand';
import type { AppError, OutputOf } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { useSessionStore } from '../../app/session-store.ts';

export type QueueView = OutputOf<'queues.list'>['queues'][number];
export type QueueMember = QueueView['agents'][number];

/** The member about to leave a queue, waiting for the admin's confirmation. */
export interface Leaving {
  queue: QueueView;
  member: QueueMember;
}

/** What the last unassign did, as a key of the queues area and its params. */
export interface Notice {
  key: string;
  params: Record<string, string>;
}

interface QueuesSlice {
  queues: QueueView[];
  loaded: boolean;
  error: AppError | null;
  leaving: Leaving | null;
  busy: boolean;
  confirmError: AppError | null;
  notice: Notice | null;
  load(): Promise<void>;
  ask(leaving: Leaving | null): void;
  unassign(): Promise<void>;
}

const empty = () => ({ queues: [], loaded: false, error: null, leaving: null, busy: false, confirmError: null, notice: null });

export const useQueuesStore = create<QueuesSlice>((set, get) => ({
  ...empty(),

  async load() {
    const result = await api()['queues.list']();
    set(result.ok ? { queues: result.value.queues, loaded: true, error: null } : { loaded: true, error: result.error });
  },

  ask: (leaving) => set({ leaving, confirmError: null, ...(leaving ? { notice: null } : {}) }),

  async unassign() {
    const { leaving, busy } = get();
    if (!leaving || busy) return;
    set({ busy: true, confirmError: null });
    const result = await api()['queues.unassign']({ queueId: leaving.queue.id, userId: leaving.member.userId });
    if (!result.ok) {
      set({ busy: false, confirmError: result.error });
      return;
    }
    const params = { name: leaving.member.name, queue: leaving.queue.name };
    set({
      busy: false,
      leaving: null,
      queues: get().queues.map((q) => (q.id === result.value.queue.id ? result.value.queue : q)),
      notice: { key: result.value.licenceFreed ? 'queues.ui.doneFreed' : 'queues.ui.done', params },
    });
  },
}));

useSessionStore.subscribe((state, previous) => {
  if (state.session?.user.id !== previous.session?.user.id) useQueuesStore.setState(empty());
});
