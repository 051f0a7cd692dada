/**
 * The command palette: whether it is open, which page it shows, and what it offers beyond the views
 * (subscriptions, products, users, invoices), loaded when it opens for those who may see them.
 */
import { create } from 'zustand';
import type { OutputOf } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { useSessionStore, type Session } from '../../app/session-store.ts';
import { useUsersStore, type UserRow } from '../../app/users-store.ts';
import { readRecent, rememberRecent } from './recent.ts';

export type PaletteUser = UserRow;
export type PaletteInvoice = OutputOf<'invoices.list'>['invoices'][number];
type Permission = Session['permissions'][number];

/** The first page lists everything; the second picks the user a product is assigned to. */
export type PalettePage = { kind: 'root' } | { kind: 'assign'; productId: string };

interface PaletteSlice {
  open: boolean;
  page: PalettePage;
  search: string;
  subscriptionProductIds: string[];
  productIds: string[];
  users: PaletteUser[];
  invoices: PaletteInvoice[];
  recent: string[];
  /** True while what the palette offers is being fetched; `loaded` once it has been, at least once. */
  loading: boolean;
  loaded: boolean;
  setOpen(open: boolean): void;
  setPage(page: PalettePage): void;
  setSearch(search: string): void;
  /** Records a chosen item, to be offered first next time. */
  remember(id: string): void;
  load(permissions: readonly Permission[]): Promise<void>;
}

type Data = Pick<PaletteSlice, 'open' | 'page' | 'search' | 'subscriptionProductIds' | 'productIds' | 'users' | 'invoices' | 'recent' | 'loading' | 'loaded'>;
const empty = (): Data => ({ open: false, page: { kind: 'root' }, search: '', subscriptionProductIds: [], productIds: [], users: [], invoices: [], recent: [], loading: false, loaded: false });
const myId = () => useSessionStore.getState().session?.user.id;

export const usePaletteStore = create<PaletteSlice>((set) => ({
  ...empty(),

  setOpen(open) {
    set(open ? { open, page: { kind: 'root' }, search: '', recent: readRecent(myId()) } : { open });
  },

  setPage: (page) => set({ page, search: '' }),
  setSearch: (search) => set({ search }),

  remember(id) {
    set({ recent: rememberRecent(myId(), id) });
  },

  async load(permissions) {
    const may = (p: Permission) => permissions.includes(p);
    const none = Promise.resolve(null);
    set({ loading: true });
    const [subs, products, users, invoices] = await Promise.all([
      may('view_billing') || may('buy_licences') ? api()['subscriptions.list']() : none,
      api()['products.list'](),
      may('manage_users') ? useUsersStore.getState().read() : none,
      may('view_billing') ? api()['invoices.list']() : none,
    ]);
    set({
      subscriptionProductIds: subs?.ok ? subs.value.subscriptions.map((s) => s.productId) : [],
      productIds: products.ok ? products.value.products.map((p) => p.productId) : [],
      users: users?.ok ? users.users : [],
      invoices: invoices?.ok ? invoices.value.invoices : [],
      loading: false,
      loaded: true,
    });
  },
}));

// Another user signing in starts from a clean slate.
useSessionStore.subscribe((state, previous) => {
  if (state.session?.user.id !== previous.session?.user.id) usePaletteStore.setState(empty());
});
