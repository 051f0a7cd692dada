/**
 * The command palette: whether it is open, which page it shows, and what it offers beyond the views
 * (subscriptions, products, users, invoices), loaded when it opens for those who may see them. What
 * does not change is not read again on each open: the invoices are asked for with the revision held
 * (the core answers "unchanged", a few bytes, until an invoice or a payment changes; 2,400 invoices
 * are 450 KB), the users come from the session's list (app/users-store.ts), and the products are the
 * catalog's, the same all session, read until one answer came.
 */
import { create } from 'zustand';
import type { OutputOf } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { useSessionStore, type Session } from '../../app/session-store.ts';
import { useUsersStore, type UserRow } from '../../app/users-store.ts';
import { readRecent, rememberRecent } from './recent.ts';

export type PaletteUser = UserRow;
export type PaletteInvoice = Extract<OutputOf<'invoices.list'>, { invoices: unknown }>['invoices'][number];
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
  /** The revision of `invoices` as invoices.list answered it (null: none held). */
  invoicesRevision: string | null;
  /** Whether `productIds` came from an answer (the catalog's products: read once a session). */
  productsRead: boolean;
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

type Data = Pick<PaletteSlice, 'open' | 'page' | 'search' | 'subscriptionProductIds' | 'productIds' | 'users' | 'invoices' | 'invoicesRevision' | 'productsRead' | 'recent' | 'loading' | 'loaded'>;
const empty = (): Data => ({
  open: false,
  page: { kind: 'root' },
  search: '',
  subscriptionProductIds: [],
  productIds: [],
  users: [],
  invoices: [],
  invoicesRevision: null,
  productsRead: false,
  recent: [],
  loading: false,
  loaded: false,
});
const myId = () => useSessionStore.getState().session?.user.id;

/** Bumped when the session changes: an answer read for the previous session is not kept. */
let generation = 0;

export const usePaletteStore = create<PaletteSlice>((set, get) => ({
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
    const mine = generation;
    const held = get();
    set({ loading: true });
    const since = held.invoicesRevision;
    const [subs, products, users, invoices] = await Promise.all([
      may('view_billing') || may('buy_licences') ? api()['subscriptions.list']() : none,
      held.productsRead ? none : api()['products.list'](),
      may('manage_users') ? useUsersStore.getState().read() : none,
      may('view_billing') ? api()['invoices.list'](since === null ? undefined : { since }) : none,
    ]);
    if (mine !== generation) return;
    const listed = invoices?.ok && 'invoices' in invoices.value ? invoices.value : null;
    const unchanged = !!invoices?.ok && !listed;
    set({
      subscriptionProductIds: subs?.ok ? subs.value.subscriptions.map((s) => s.productId) : [],
      ...(held.productsRead ? {} : { productIds: products?.ok ? products.value.products.map((p) => p.productId) : [], productsRead: !!products?.ok }),
      users: users?.ok ? users.users : [],
      ...(unchanged ? {} : { invoices: listed?.invoices ?? [], invoicesRevision: listed?.revision || null }),
      loading: false,
      loaded: true,
    });
  },
}));

// Another user signing in starts from a clean slate.
useSessionStore.subscribe((state, previous) => {
  if (state.session?.user.id === previous.session?.user.id) return;
  generation++;
  usePaletteStore.setState(empty());
});
