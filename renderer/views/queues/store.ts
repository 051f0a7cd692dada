/**
 * Contact Center queues: every queue with its supervisors and agents; creating, renaming and deleting
 * queues, adding people (each needs Contact Center) as agents or supervisors, switching a member's
 * role, and unassigning one member (confirmed first). Toasts confirm each change
 * (app/confirmations.ts); the unassign outcome also stays on screen, saying what became of the seat.
 */
import { create } from 'zustand';
import type { AppError, OutputOf } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { useSessionStore } from '../../app/session-store.ts';
import { useUsersStore, type UserRow } from '../../app/users-store.ts';
import type { QueueKind } from './kinds.ts';

export type QueueView = Extract<OutputOf<'queues.list'>, { queues: unknown }>['queues'][number];
export type QueueMember = QueueView['agents'][number];
export type QueueRole = QueueMember['role'];
export type Person = UserRow;

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

export type Editor = { kind: 'new' } | { kind: 'rename'; queue: QueueView } | { kind: 'delete'; queue: QueueView } | { kind: 'add'; queue: QueueView };

interface QueuesSlice {
  queues: QueueView[];
  /** The revision of `queues` as queues.list answered it (null: none held): sent back, "unchanged" keeps them. */
  revision: string | null;
  loaded: boolean;
  error: AppError | null;
  leaving: Leaving | null;
  busy: boolean;
  confirmError: AppError | null;
  notice: Notice | null;
  editor: Editor | null;
  /** Everyone, for the Add members picker (loaded when it opens). */
  people: Person[] | null;
  load(): Promise<void>;
  ask(leaving: Leaving | null): void;
  unassign(): Promise<void>;
  edit(editor: Editor | null): void;
  loadPeople(): Promise<AppError | null>;
  create(kind: QueueKind, name: string): Promise<AppError | null>;
  rename(queue: QueueView, name: string): Promise<AppError | null>;
  remove(queue: QueueView): Promise<AppError | null>;
  addMembers(queue: QueueView, userIds: string[], role: QueueRole): Promise<AppError | null>;
  setRole(queue: QueueView, member: QueueMember, role: QueueRole): Promise<AppError | null>;
}

const empty = () => ({ queues: [], revision: null, loaded: false, error: null, leaving: null, busy: false, confirmError: null, notice: null, editor: null, people: null });

/** Bumped when the session changes: an answer read for the previous session is not kept. */
let generation = 0;

export const useQueuesStore = create<QueuesSlice>((set, get) => {
  /** The queue as the core answered it, in place of the one on screen. */
  const replace = (queue: QueueView) => set({ queues: get().queues.map((q) => (q.id === queue.id ? queue : q)) });
  /** A change that answers with the queue: the dialog closes and the list reloads. */
  const done = async (result: { ok: true } | { ok: false; error: AppError }) => {
    if (!result.ok) return result.error;
    set({ editor: null });
    await get().load();
    return null;
  };

  return {
    ...empty(),

    /**
     * The queues as the core has them now. A re-visit shows the ones held at once and sends their
     * revision: while the queues, the users and the groups are as they were the core answers
     * "unchanged" (a few bytes, not 60 KB at 10k users) and nothing renders again.
     */
    async load() {
      const mine = generation;
      const since = get().revision;
      const result = await api()['queues.list'](since === null ? undefined : { since });
      if (mine !== generation) return;
      if (!result.ok) return set({ loaded: true, error: result.error });
      const answered = result.value;
      if ('queues' in answered) set({ queues: answered.queues, revision: answered.revision || null, loaded: true, error: null });
      else if (!get().loaded || get().error) set({ loaded: true, error: null });
    },

    ask: (leaving) => set({ leaving, confirmError: null, ...(leaving ? { notice: null } : {}) }),
    edit: (editor) => set({ editor, notice: editor ? null : get().notice }),

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
      const { licenceFreed, keptThrough } = result.value;
      replace(result.value.queue);
      set({
        busy: false,
        leaving: null,
        notice: keptThrough.length
          ? { key: 'queues.ui.outcome.keptByGroup', params: { ...params, groups: keptThrough.map((g) => g.name).join(', ') } }
          : { key: licenceFreed ? 'queues.ui.doneFreed' : 'queues.ui.done', params },
      });
    },

    async loadPeople() {
      const result = await useUsersStore.getState().read();
      if (!result.ok) return result.error;
      set({ people: result.users });
      return null;
    },

    create: async (kind, name) => done(await api()['queues.create']({ kind, name })),
    rename: async (queue, name) => done(await api()['queues.rename']({ queueId: queue.id, name })),
    remove: async (queue) => done(await api()['queues.delete']({ queueId: queue.id })),
    addMembers: async (queue, userIds, role) => done(await api()['queues.addMembers']({ queueId: queue.id, userIds, role })),

    async setRole(queue, member, role) {
      const result = await api()['queues.setMemberRole']({ queueId: queue.id, userId: member.userId, role });
      if (!result.ok) return result.error;
      replace(result.value);
      return null;
    },
  };
});

useSessionStore.subscribe((state, previous) => {
  if (state.session?.user.id === previous.session?.user.id) return;
  generation++;
  useQueuesStore.setState(empty());
});
