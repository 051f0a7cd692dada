/**
 * Place order → confirmation: the confirmation paints from orders.place's answer alone. The cart view's
 * own follow-up reads (balance, subscriptions, cards, settings, orders: six calls after every order) are
 * gone; what they showed is dropped, not left stale, and read again when it shows again.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { installMinimalWindow } from '../../testing/minimal-window.ts';

const calls: string[] = [];
const ORDER = { id: 'ord_1', status: 'paid', lines: [], total: 100, amountDue: 100, currency: 'EUR' };

beforeAll(() => {
  installMinimalWindow(async (channel) => {
    calls.push(channel);
    if (channel === 'orders.place') return { ok: true, value: ORDER };
    if (channel === 'orders.list') return { ok: true, value: { orders: [ORDER] } };
    if (channel === 'cards.list') return { ok: true, value: { cards: [] } };
    if (channel === 'subscriptions.list') return { ok: true, value: { subscriptions: [{ id: 'sub_1' }] } };
    if (channel === 'account.invoiceSettings') return { ok: true, value: { purchaseOrder: '' } };
    return { ok: true, value: { lines: [] } };
  });
});

describe('place order → confirmation', () => {
  it('shows the confirmation from the one call, drops what changed with it, and reads it again when the checkout shows', async () => {
    const { useCartStore } = await import('./store.ts');
    const store = useCartStore;
    store.setState({ cart: { lines: [{}] } as never, overview: { creditBalance: 5 } as never, subscriptions: [{ id: 'sub_old' }] as never, orders: [] });
    calls.length = 0;
    await store.getState().placeOrder();
    expect(calls).toEqual(['orders.place']);
    const placed = store.getState();
    expect(placed.confirmation).toEqual(ORDER);
    // Nothing from before the order stays to be shown: the balance, the subscriptions and the orders changed.
    expect([placed.overview, placed.subscriptions, placed.orders]).toEqual([null, [], null]);

    store.getState().closeConfirmation();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls.slice(1).sort()).toEqual(['account.invoiceSettings', 'billing.overview', 'cards.list', 'cart.get', 'subscriptions.list']);
    expect(store.getState().subscriptions).toEqual([{ id: 'sub_1' }]);

    store.getState().setTab('orders');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().orders).toEqual([ORDER]);
  });
});
