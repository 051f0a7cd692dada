/**
 * The cart and checkout: the cart's lines and quote, the orders placed, and the order just placed.
 * Place order carries one idempotency key per checkout attempt, so a double click places one order.
 */
import { create } from 'zustand';
import type { AppError, OutputOf, Result } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { takeFirstScreen } from '../../app/first-screen.ts';
import { useSessionStore } from '../../app/session-store.ts';
import type { CartChange, Subscription } from '../subscriptions/changes.ts';

export type Cart = OutputOf<'cart.get'>;
export type Order = OutputOf<'orders.place'>;
export type Quote = OutputOf<'billing.preview'>;
export type Overview = OutputOf<'billing.overview'>;

interface CartSlice {
  cart: Cart | null;
  overview: Overview | null;
  subscriptions: Subscription[];
  /** Null until read (and again once an order was placed: the list is read afresh when its tab opens). */
  orders: Order[] | null;
  tab: 'cart' | 'orders';
  placing: boolean;
  /** The current checkout attempt's key: reused by every retry until the core records an order. */
  checkoutKey: string | null;
  confirmation: Order | null;
  error: AppError | null;
  /** The cards on file (for those who may see them) and the one chosen to pay; none chosen: the default. */
  cards: OutputOf<'cards.list'>['cards'];
  cardId: string | null;
  chooseCard(cardId: string): void;
  /**
   * The order's purchase-order number (null until the buyer edits it: the core then uses the account's,
   * shown as the field's starting value to those who may read it) and its note.
   */
  purchaseOrder: string | null;
  defaultPurchaseOrder: string;
  note: string;
  setReferences(references: { purchaseOrder?: string; note?: string }): void;
  loadCart(): Promise<void>;
  /** Entering the view: the cart tab, fresh data; a confirmation seen earlier is not shown again. */
  open(): Promise<void>;
  load(): Promise<void>;
  loadOrders(): Promise<void>;
  add(change: CartChange): Promise<Result<Cart>>;
  removeLine(index: number): Promise<void>;
  placeOrder(): Promise<void>;
  setTab(tab: CartSlice['tab']): void;
  closeConfirmation(): void;
}

type Data = Pick<CartSlice, 'cart' | 'overview' | 'subscriptions' | 'orders' | 'tab' | 'placing' | 'checkoutKey' | 'confirmation' | 'error' | 'cards' | 'cardId' | 'purchaseOrder' | 'defaultPurchaseOrder' | 'note'>;
const empty = (): Data => ({ cart: null, overview: null, subscriptions: [], orders: null, tab: 'cart', placing: false, checkoutKey: null, confirmation: null, error: null, cards: [], cardId: null, purchaseOrder: null, defaultPurchaseOrder: '', note: '' });

export const useCartStore = create<CartSlice>((set, get) => ({
  ...empty(),

  async loadCart() {
    const primed = takeFirstScreen('cart');
    if (primed) return set({ cart: primed });
    const cart = await api()['cart.get']();
    if (cart.ok) set({ cart: cart.value });
  },

  async open() {
    set({ tab: 'cart', confirmation: null, error: null });
    await get().load();
  },

  chooseCard: (cardId) => set({ cardId, error: null }),

  setReferences: (references) => set({ ...references, error: null }),

  async load() {
    const [cart, overview, subscriptions, cards, settings] = await Promise.all([api()['cart.get'](), api()['billing.overview'](), api()['subscriptions.list'](), api()['cards.list'](), api()['account.invoiceSettings']()]);
    // A licence buyer without billing does not see the cards: the default card pays.
    const onFile = cards.ok ? cards.value.cards : [];
    const chosen = onFile.some((c) => c.id === get().cardId) ? get().cardId : (onFile.find((c) => c.isDefault)?.id ?? null);
    set({
      cards: onFile,
      cardId: chosen,
      // A licence buyer without billing does not read the settings: the core applies the account's number.
      defaultPurchaseOrder: settings.ok ? settings.value.purchaseOrder : '',
      cart: cart.ok ? cart.value : get().cart,
      overview: overview.ok ? overview.value : null,
      subscriptions: subscriptions.ok ? subscriptions.value.subscriptions : [],
      error: !cart.ok ? cart.error : !overview.ok ? overview.error : !subscriptions.ok ? subscriptions.error : null,
    });
  },

  async loadOrders() {
    const result = await api()['orders.list']();
    if (result.ok) set({ orders: result.value.orders });
    else set({ error: result.error });
  },

  async add(change) {
    const result = await api()['cart.add']({ change });
    if (result.ok) set({ cart: result.value, confirmation: null });
    return result;
  },

  async removeLine(index) {
    const result = await api()['cart.removeLine']({ index });
    set(result.ok ? { cart: result.value, error: null } : { error: result.error });
  },

  async placeOrder() {
    if (get().placing) return;
    const idempotencyKey = get().checkoutKey ?? crypto.randomUUID();
    set({ placing: true, checkoutKey: idempotencyKey, error: null });
    const { cardId, purchaseOrder, note } = get();
    const result = await api()['orders.place']({ idempotencyKey, ...(cardId ? { cardId } : {}), ...(purchaseOrder !== null ? { purchaseOrder } : {}), ...(note.trim() ? { note } : {}) });
    if (!result.ok) {
      // Nothing was recorded (card needed, payment pending, offline…): a retry keeps the same key.
      set({ placing: false, error: result.error });
      return;
    }
    // The core recorded an order (paid, or failed with a reason): the next attempt is a new checkout.
    // The confirmation paints from this answer alone. What the checkout showed (balance, subscriptions,
    // the orders) changed with it: dropped here, read again when the checkout or the orders tab shows
    // (closeConfirmation, setTab). The cart itself is re-read by the shell (a billing write moves `version`).
    set({ placing: false, checkoutKey: null, confirmation: result.value, purchaseOrder: null, note: '', overview: null, subscriptions: [], orders: null });
  },

  setTab(tab) {
    set({ tab });
    if (tab === 'orders') void get().loadOrders();
  },

  closeConfirmation() {
    set({ confirmation: null });
    void get().load();
  },
}));

// Another user signing in starts from a clean slate.
useSessionStore.subscribe((state, previous) => {
  if (state.session?.user.id !== previous.session?.user.id) useCartStore.setState(empty());
});
