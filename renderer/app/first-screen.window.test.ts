/**
 * The sign-in's answer brings the first screen: the slices that read it on mount take their part instead
 * of calling, once; what none took is dropped at the first navigation, so a view opened later reads.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { installMinimalWindow } from '../testing/minimal-window.ts';

const calls: string[] = [];
const overviewAt = (seats: number) => ({ seats: [{ productId: 'meetings', name: 'Meetings', seats, assigned: 1, idle: seats - 1 }], billing: null, trialDaysLeft: null });
const session = {
  user: { id: 'usr_1', email: 'claire@example.com', firstName: 'Claire', lastName: 'Dubois', phone: '', language: 'en', timeZone: 'Europe/Paris', role: 'super_admin', billingContact: true, updatedAt: '2026-11-23T10:00:00.000Z' },
  mustEnrolTwoStep: false,
  permissions: ['billing', 'buy_licences', 'view_billing'],
  account: { id: 'acc_1', name: 'Lumen', billingMode: 'self_service', status: 'active', reactivationState: null },
};
const firstScreen = { overview: overviewAt(10), notifications: { notifications: [], unread: 3 }, pending: { invoices: [], total: 0 }, cart: { lines: [], count: 2 } };

beforeAll(async () => {
  installMinimalWindow(async (channel) => {
    calls.push(channel);
    if (channel === 'auth.signIn') return { ok: true, value: { ...session, firstScreen } };
    if (channel === 'overview.get') return { ok: true, value: overviewAt(99) };
    if (channel === 'notifications.list') return { ok: true, value: { notifications: [], unread: 0 } };
    return { ok: true, value: { done: true } };
  });
  await Promise.all([import('./session-store.ts'), import('../views/overview/store.ts'), import('./notifications/store.ts'), import('../views/cart/store.ts'), import('../views/pending/store.ts')]);
  // Signing in sets the UI's language, on <html> too (after the imports: react-aria looks for a DOM when loaded).
  Object.assign(globalThis, { document: { documentElement: {} } });
  (await import('./i18n.ts')).initI18n('en');
});

describe('The first screen from the sign-in answer', () => {
  it('is taken once by each slice instead of a call; the session keeps no copy', async () => {
    const { useSessionStore } = await import('./session-store.ts');
    const { useOverviewStore } = await import('../views/overview/store.ts');
    const { useNotificationsStore } = await import('./notifications/store.ts');
    const { useCartStore } = await import('../views/cart/store.ts');
    const { usePendingStore } = await import('../views/pending/store.ts');
    await useSessionStore.getState().signIn('claire@example.com', 'secret');
    expect(useSessionStore.getState().session).not.toHaveProperty('firstScreen');
    calls.length = 0;
    await useOverviewStore.getState().load();
    await useNotificationsStore.getState().load();
    await useCartStore.getState().loadCart();
    await usePendingStore.getState().checkOnce('usr_1');
    // Nothing pending: not even the cards are read.
    expect(calls).toEqual([]);
    expect(useOverviewStore.getState().data?.seats[0]?.seats).toBe(10);
    expect(useNotificationsStore.getState().unread).toBe(3);
    expect(useCartStore.getState().cart).toEqual(firstScreen.cart);
    // Taken once: the next load (a change elsewhere, a later visit) reads.
    await useOverviewStore.getState().load();
    expect(calls).toEqual(['overview.get']);
    expect(useOverviewStore.getState().data?.seats[0]?.seats).toBe(99);
  });

  it('is dropped at the first navigation: a view opened later reads what is true then', async () => {
    const { useSessionStore } = await import('./session-store.ts');
    const { useOverviewStore } = await import('../views/overview/store.ts');
    await useSessionStore.getState().signOut();
    await useSessionStore.getState().signIn('claire@example.com', 'secret');
    useSessionStore.getState().go('people');
    calls.length = 0;
    await useOverviewStore.getState().load();
    expect(calls).toEqual(['overview.get']);
    expect(useOverviewStore.getState().data?.seats[0]?.seats).toBe(99);
  });
});
