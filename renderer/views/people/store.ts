/**
 * People > Users: every user, the filters, the ticked users, the selected user's details, and which
 * dialog is open. Commands patch the list in place (100k users are not fetched again for one change).
 */
import { create } from 'zustand';
import type { AppError, InputOf, OutputOf } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { useSessionStore } from '../../app/session-store.ts';
import { useUsersStore, type UserRow } from '../../app/users-store.ts';
import { defaultColumns, type ColumnsState } from './columns.ts';
import type { SortColumn } from './user-index.ts';

export type { UserRow };
export type UserDetail = OutputOf<'users.get'>;
export type UserStatus = UserRow['status'];

export interface Filters {
  query: string;
  /** '' any; a built-in role; or `custom:<id>` for a custom role. */
  role: string;
  productId: string;
  noLicence: boolean;
  status: UserStatus | '';
}

export type Dialog =
  | { kind: 'add' }
  | { kind: 'import' }
  | { kind: 'importUsers' }
  | { kind: 'role' | 'delete' | 'revoke'; userIds: string[] }
  | { kind: 'status'; userIds: string[]; status: 'active' | 'deactivated' }
  | { kind: 'licences'; mode: 'add' | 'remove'; userIds: string[] }
  | { kind: 'group'; userIds: string[] };

/** A confirmation of what was done, as a key of the people area and its params. */
export interface Notice {
  key: string;
  params: Record<string, string | number>;
}

interface PeopleSlice {
  users: UserRow[];
  productIds: string[];
  loaded: boolean;
  error: AppError | null;
  selectedId: string | null;
  detail: UserDetail | null;
  filters: Filters;
  sort: { column: SortColumn; desc: boolean };
  /** The columns as the admin arranged them (react-table's visibility, order and sizing state). */
  columns: ColumnsState;
  checked: ReadonlySet<string>;
  dialog: Dialog | null;
  notice: Notice | null;
  load(): Promise<void>;
  select(id: string | null): void;
  loadDetail(): Promise<void>;
  setFilters(patch: Partial<Filters>): void;
  clearFilters(): void;
  setSort(sort: { column: SortColumn; desc: boolean }): void;
  setColumns(patch: Partial<ColumnsState>): void;
  resetColumns(): void;
  /** Shows a saved view: its filters, sort and columns at once, and what the view had to leave out. */
  showView(view: { filters: Filters; sort: { column: SortColumn; desc: boolean }; columns: ColumnsState }, notice: Notice | null): void;
  toggleChecked(id: string): void;
  setChecked(ids: readonly string[], on: boolean): void;
  clearChecked(): void;
  open(dialog: Dialog | null): void;
  /** Closes the dialog; when something changed, reloads the users and the selected user's details. */
  closeDialog(changed: boolean): void;
  create(input: InputOf<'users.create'>): Promise<Result>;
  setStatus(userIds: string[], status: 'active' | 'deactivated'): Promise<Result>;
  /** Invitations and resets (the toast says what was sent): a new code each, the old one dead. */
  resendInvitation(userIds: string[]): Promise<Result>;
  revokeInvitation(userIds: string[]): Promise<Result>;
  sendPasswordReset(userIds: string[]): Promise<Result>;
  /** Someone's two-step sign-in removed (audited, emailed to them by the core). */
  resetTwoStep(userId: string, name: string): Promise<Result>;
  remove(userIds: string[]): Promise<Result>;
  setRole(input: InputOf<'users.setRole'>): Promise<Result>;
}

type Result = { ok: true } | { ok: false; error: AppError };

const noFilters = (): Filters => ({ query: '', role: '', productId: '', noLicence: false, status: '' });
type Data = Pick<PeopleSlice, 'users' | 'productIds' | 'loaded' | 'error' | 'selectedId' | 'detail' | 'filters' | 'sort' | 'columns' | 'checked' | 'dialog' | 'notice'>;
const empty = (): Data => ({
  users: [],
  productIds: [],
  loaded: false,
  error: null,
  selectedId: null,
  detail: null,
  filters: noFilters(),
  sort: { column: 'name', desc: false },
  columns: defaultColumns(),
  checked: new Set(),
  dialog: null,
  notice: null,
});

/** The list with these summaries swapped in (by id), in one pass. */
/** A counted notice: `count` picks the plural form, `number` is printed. */
const counted = (key: string, count: number): Notice => ({ key, params: { count, number: count } });

function patched(users: UserRow[], changed: UserRow[]): UserRow[] {
  if (!changed.length) return users;
  const byId = new Map(changed.map((u) => [u.id, u]));
  return users.map((u) => byId.get(u.id) ?? u);
}

export const usePeopleStore = create<PeopleSlice>((set, get) => {
  /** After a command: patch the list, refresh the details, say what was done. */
  async function done(users: UserRow[], notice: Notice): Promise<Result> {
    set({ users, notice, dialog: null });
    await get().loadDetail();
    return { ok: true };
  }

  /** After users left the list (deleted, or their invitation revoked): untick them, close their panel. */
  function dropped(ids: readonly string[], notice: Notice): Promise<Result> {
    const gone = new Set(ids);
    const checked = new Set([...get().checked].filter((id) => !gone.has(id)));
    const selectedId = get().selectedId;
    set({ checked, ...(selectedId && gone.has(selectedId) ? { selectedId: null, detail: null } : {}) });
    return done(get().users.filter((u) => !gone.has(u.id)), notice);
  }

  return {
    ...empty(),

    async load() {
      // The session's list: a re-visit with nothing changed costs an "unchanged" answer, not every user.
      const [list, products] = await Promise.all([useUsersStore.getState().read(), api()['products.list']()]);
      if (!list.ok) return set({ error: list.error, loaded: true });
      const users = list.users;
      const productIds = products.ok ? products.value.products.map((p) => p.productId) : get().productIds;
      set({ users, productIds, loaded: true, error: null });
      await get().loadDetail();
    },

    select(selectedId) {
      set({ selectedId, detail: null });
      void get().loadDetail();
    },

    async loadDetail() {
      const id = get().selectedId;
      if (!id) return set({ detail: null });
      const result = await api()['users.get']({ userId: id });
      if (get().selectedId !== id) return;
      set(result.ok ? { detail: result.value } : { detail: null, selectedId: null });
    },

    setFilters: (patch) => set({ filters: { ...get().filters, ...patch } }),
    clearFilters: () => set({ filters: noFilters() }),
    setSort: (sort) => set({ sort }),
    setColumns: (patch) => set({ columns: { ...get().columns, ...patch } }),
    resetColumns: () => set({ columns: defaultColumns() }),
    showView: (view, notice) => set({ filters: view.filters, sort: view.sort, columns: view.columns, notice }),

    toggleChecked(id) {
      const checked = new Set(get().checked);
      if (!checked.delete(id)) checked.add(id);
      set({ checked });
    },

    setChecked(ids, on) {
      const checked = new Set(get().checked);
      for (const id of ids) if (on) checked.add(id);
      else checked.delete(id);
      set({ checked });
    },

    clearChecked: () => set({ checked: new Set() }),
    open: (dialog) => set({ dialog, notice: null }),

    closeDialog(changed) {
      set({ dialog: null });
      if (changed) void get().load();
    },

    async create(input) {
      const result = await api()['users.create'](input);
      if (!result.ok) return result;
      return done([...get().users, result.value], { key: 'people.ui.notices.added', params: { name: `${result.value.firstName} ${result.value.lastName}` } });
    },

    async setStatus(userIds, status) {
      const result = await api()['users.setStatus']({ userIds, status });
      if (!result.ok) return result;
      return done(patched(get().users, result.value.users), { key: `people.ui.notices.${status}`, params: { count: result.value.users.length } });
    },

    async resendInvitation(userIds) {
      const result = await api()['users.resendInvitation']({ userIds });
      if (!result.ok) return result;
      return done(patched(get().users, result.value.users), counted('access.ui.people.resent', result.value.users.length));
    },

    async sendPasswordReset(userIds) {
      const result = await api()['users.sendPasswordReset']({ userIds });
      return result.ok ? done(get().users, counted('access.ui.people.resetSent', result.value.users.length)) : result;
    },

    async resetTwoStep(userId, name) {
      const result = await api()['users.resetTwoStep']({ userId });
      return result.ok ? done(get().users, { key: 'access.twoStep.ui.resetDone', params: { name } }) : result;
    },

    async revokeInvitation(userIds) {
      const result = await api()['users.revokeInvitation']({ userIds });
      return result.ok ? dropped(result.value.deleted, counted('access.ui.people.revoked', result.value.deleted.length)) : result;
    },

    async remove(userIds) {
      const result = await api()['users.delete']({ userIds });
      if (!result.ok) return result;
      return dropped(result.value.deleted, { key: 'people.ui.notices.deleted', params: { count: result.value.deleted.length } });
    },

    async setRole(input) {
      const result = await api()['users.setRole'](input);
      if (!result.ok) return result;
      return done(patched(get().users, result.value.users), { key: 'people.ui.notices.roleChanged', params: { count: result.value.users.length } });
    },
  };
});

// Another user signing in starts from a clean slate.
useSessionStore.subscribe((state, previous) => {
  if (state.session?.user.id !== previous.session?.user.id) usePeopleStore.setState(empty());
});
