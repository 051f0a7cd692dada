/** Custom roles: the list with how many users hold each, and the super administrator's changes. */
import { create } from 'zustand';
import type { AppError, InputOf, OutputOf } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { useSessionStore } from '../../app/session-store.ts';

export type CustomRole = OutputOf<'roles.list'>['roles'][number];
export type RoleEditor = { kind: 'new' } | { kind: 'edit'; role: CustomRole } | { kind: 'delete'; role: CustomRole };
type Done = { ok: true } | { ok: false; error: AppError };

interface RolesSlice {
  roles: CustomRole[];
  loaded: boolean;
  error: AppError | null;
  editor: RoleEditor | null;
  /** The name of the role just saved or deleted, to say so. */
  notice: { key: string; name: string } | null;
  load(): Promise<void>;
  edit(editor: RoleEditor | null): void;
  save(input: InputOf<'roles.save'>): Promise<Done>;
  remove(role: CustomRole): Promise<Done>;
}

const empty = () => ({ roles: [], loaded: false, error: null, editor: null, notice: null });

export const useRolesStore = create<RolesSlice>((set, get) => ({
  ...empty(),

  async load() {
    const result = await api()['roles.list']();
    set(result.ok ? { roles: result.value.roles, loaded: true, error: null } : { error: result.error, loaded: true });
  },

  edit: (editor) => set({ editor, notice: editor ? null : get().notice }),

  async save(input) {
    const result = await api()['roles.save'](input);
    if (!result.ok) return result;
    set({ editor: null, notice: { key: input.id ? 'people.ui.roles.saved' : 'people.ui.roles.created', name: result.value.name } });
    await get().load();
    return { ok: true };
  },

  async remove(role) {
    const result = await api()['roles.delete']({ id: role.id });
    if (!result.ok) return result;
    set({ editor: null, notice: { key: 'people.ui.roles.deleted', name: role.name } });
    await get().load();
    return { ok: true };
  },
}));

// Another user signing in starts from a clean slate.
useSessionStore.subscribe((state, previous) => {
  if (state.session?.user.id !== previous.session?.user.id) useRolesStore.setState(empty());
});
