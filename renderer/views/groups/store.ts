/**
 * Groups: the list with members and products, and every change to them. A change to what members
 * hold is asked first as a dry run (toasts confirm what is applied, app/confirmations.ts): when it can't be applied (seats short, queued members), its plan
 * stays on screen with what is missing; otherwise the same change is applied at once.
 */
import { create } from 'zustand';
import type { AppError, InputOf, OutputOf } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { useSessionStore } from '../../app/session-store.ts';

export type GroupView = OutputOf<'groups.list'>['groups'][number];
export type GroupPlan = OutputOf<'groups.delete'>['plan'];
export type ProductRow = OutputOf<'products.list'>['products'][number];
type PlannedChannel = 'groups.delete' | 'groups.addMembers' | 'groups.removeMembers' | 'groups.setProducts';

export type Editor = { kind: 'new' } | { kind: 'rename'; group: GroupView } | { kind: 'delete'; group: GroupView } | { kind: 'add'; group: GroupView };

/** A change refused by its dry run: the plan says why, for which group, and the change itself (to retry). */
export interface Held {
  groupId: string;
  plan: GroupPlan;
  channel: PlannedChannel;
  input: { groupId: string };
}

interface GroupsSlice {
  groups: GroupView[];
  products: ProductRow[];
  loaded: boolean;
  error: AppError | null;
  selectedId: string | null;
  editor: Editor | null;
  held: Held | null;
  load(): Promise<void>;
  select(id: string | null): void;
  edit(editor: Editor | null): void;
  create(name: string): Promise<AppError | null>;
  rename(group: GroupView, name: string): Promise<AppError | null>;
  /** A planned change: null when applied or held back with its plan (see `held`), else the error. */
  change<C extends PlannedChannel>(channel: C, input: InputOf<C> & { groupId: string }): Promise<AppError | null>;
  /** The held change again, also taking the members it names out of their Contact Center queues. */
  clearQueuesAndRetry(): Promise<AppError | null>;
}

const empty = () => ({ groups: [], products: [], loaded: false, error: null, selectedId: null, editor: null, held: null });

export const useGroupsStore = create<GroupsSlice>((set, get) => ({
  ...empty(),

  async load() {
    const [groups, products] = await Promise.all([api()['groups.list'](), api()['products.list']()]);
    if (!groups.ok) return set({ loaded: true, error: groups.error });
    set({ groups: groups.value.groups, products: products.ok ? products.value.products : get().products, loaded: true, error: null });
  },

  select: (selectedId) => set({ selectedId, held: null }),
  edit: (editor) => set({ editor, held: null }),

  async create(name) {
    const result = await api()['groups.create']({ name });
    if (!result.ok) return result.error;
    set({ editor: null, selectedId: result.value.id });
    await get().load();
    return null;
  },

  async rename(group, name) {
    const result = await api()['groups.rename']({ groupId: group.id, name });
    if (!result.ok) return result.error;
    set({ editor: null });
    await get().load();
    return null;
  },

  async change(channel, input) {
    set({ held: null });
    const call = api()[channel] as (i: unknown) => Promise<{ ok: true; value: { plan: GroupPlan } } | { ok: false; error: AppError }>;
    const dry = await call({ ...input, dryRun: true });
    if (!dry.ok) return dry.error;
    if (dry.value.plan.blockers.length) {
      set({ held: { groupId: input.groupId, plan: dry.value.plan, channel, input } });
      return null;
    }
    const done = await call({ ...input, dryRun: false });
    if (!done.ok) return done.error;
    set({ editor: null });
    if (channel === 'groups.delete') set({ selectedId: null });
    await get().load();
    return null;
  },

  async clearQueuesAndRetry() {
    const held = get().held;
    if (!held) return null;
    return get().change(held.channel, { ...held.input, alsoRemoveFromQueues: true } as never);
  },
}));

useSessionStore.subscribe((state, previous) => {
  if (state.session?.user.id !== previous.session?.user.id) useGroupsStore.setState(empty());
});
