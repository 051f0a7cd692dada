/**
 * People's saved views (the user's own, kept in the core so they follow the user to any desktop):
 * the list, which one the table shows, the open name dialog, and applying the default once per
 * session when People first has what it needs to check it (the users' products, the custom roles).
 */
import { create } from 'zustand';
import type { AppError, OutputOf, SavedViewOutput } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { useSessionStore } from '../../app/session-store.ts';
import { useRolesStore } from '../roles/store.ts';
import { fromSavedState, toSavedState, type Known } from './saved-view.ts';
import { usePeopleStore, type Notice } from './store.ts';

export type ViewDialog = { kind: 'save' } | { kind: 'rename'; view: SavedViewOutput } | { kind: 'delete'; view: SavedViewOutput };
type Done = { ok: true } | { ok: false; error: AppError };

interface ViewsSlice {
  views: SavedViewOutput[];
  defaultId: string | null;
  loaded: boolean;
  error: AppError | null;
  /** The view last applied, while the table still shows it as saved (null once anything changes). */
  appliedId: string | null;
  /** The default view was applied (or there was none) this session. */
  openedDefault: boolean;
  dialog: ViewDialog | null;
  load(): Promise<void>;
  open(dialog: ViewDialog | null): void;
  apply(view: SavedViewOutput): void;
  /** Applies the default view once, when users, products and roles are loaded. */
  applyDefaultOnce(): void;
  save(name: string, makeDefault: boolean): Promise<Done>;
  rename(id: string, name: string): Promise<Done>;
  remove(id: string): Promise<Done>;
  setDefault(id: string, isDefault: boolean): Promise<Done>;
}

const BUILT_IN_ROLES = ['super_admin', 'admin', 'user'];

/** What exists today, to check a saved view's filters against. */
function known(savedRole: string): Known {
  const roles = useRolesStore.getState();
  const people = usePeopleStore.getState();
  const roleValues = new Set([...BUILT_IN_ROLES, ...roles.roles.map((r) => `custom:${r.id}`)]);
  // Roles that could not be listed are not known to be gone: the saved one is kept.
  if (roles.error) roleValues.add(savedRole);
  return { roles: roleValues, productIds: new Set(people.productIds) };
}

const DROPPED_KEY = { role: 'people.ui.views.droppedRole', product: 'people.ui.views.droppedProduct', both: 'people.ui.views.droppedBoth' } as const;

const empty = () => ({ views: [], defaultId: null, loaded: false, error: null, appliedId: null, openedDefault: false, dialog: null });

export const useViewsStore = create<ViewsSlice>((set, get) => {
  function listed(result: { ok: true; value: OutputOf<'savedViews.list'> } | { ok: false; error: AppError }): Done {
    if (!result.ok) return result;
    set({ views: result.value.views, defaultId: result.value.defaultId, loaded: true, error: null });
    return { ok: true };
  }

  return {
    ...empty(),

    async load() {
      const result = await api()['savedViews.list']({ table: 'people' });
      if (!result.ok) return set({ error: result.error, loaded: true });
      listed(result);
      get().applyDefaultOnce();
    },

    open: (dialog) => set({ dialog }),

    apply(view) {
      const applied = fromSavedState(view.state, known(view.state.filters.role));
      const which = applied.dropped.length === 2 ? 'both' : applied.dropped[0];
      const notice: Notice = which ? { key: DROPPED_KEY[which], params: { name: view.name } } : { key: 'people.ui.views.applied', params: { name: view.name } };
      usePeopleStore.getState().showView(applied, notice);
      set({ appliedId: view.id });
    },

    applyDefaultOnce() {
      const { openedDefault, loaded, defaultId, views } = get();
      if (openedDefault || !loaded || !usePeopleStore.getState().loaded || !useRolesStore.getState().loaded) return;
      set({ openedDefault: true });
      const view = views.find((v) => v.id === defaultId);
      if (view) get().apply(view);
    },

    async save(name, makeDefault) {
      const people = usePeopleStore.getState();
      const state = toSavedState(people.filters, people.sort, people.columns);
      const result = listed(await api()['savedViews.save']({ table: 'people', name, state, makeDefault }));
      if (result.ok) set({ dialog: null, appliedId: get().views.find((v) => v.name === name.trim())?.id ?? null });
      return result;
    },

    async rename(id, name) {
      const result = listed(await api()['savedViews.rename']({ id, name }));
      if (result.ok) set({ dialog: null });
      return result;
    },

    async remove(id) {
      const result = listed(await api()['savedViews.delete']({ id }));
      if (result.ok) set({ dialog: null, ...(get().appliedId === id ? { appliedId: null } : {}) });
      return result;
    },

    async setDefault(id, isDefault) {
      return listed(await api()['savedViews.setDefault']({ table: 'people', id, isDefault }));
    },
  };
});

// Any change to what the table shows means it no longer shows the applied view as saved.
usePeopleStore.subscribe((state, previous) => {
  if (useViewsStore.getState().appliedId && (state.filters !== previous.filters || state.sort !== previous.sort || state.columns !== previous.columns)) {
    // showView sets all three at once and then appliedId: this runs before that, so apply's own change is kept.
    useViewsStore.setState({ appliedId: null });
  }
});

// Another user signing in starts from a clean slate.
useSessionStore.subscribe((state, previous) => {
  if (state.session?.user.id !== previous.session?.user.id) useViewsStore.setState(empty());
});
