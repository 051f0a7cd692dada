/**
 * Subscriptions opened on one product (#/subscriptions/<productId>: Products > Add licences, or a
 * licence dialog's "Buy seats"): that product's subscription management opens on adding seats.
 */
import { useEffect } from 'react';
import { useSessionStore } from '../../app/session-store.ts';
import { mayOpenPanel, type PanelTarget, type Subscription } from './changes.ts';
import { useChangeRights } from './selectors.ts';
import { useSubscriptionsStore, type Overview } from './store.ts';

/** Seats of the product's own subscription, seats of the add-on it is, or subscribing to it. */
export function focusTarget(productId: string, subscriptions: readonly Subscription[], overview: Overview | null): PanelTarget | null {
  const own = subscriptions.find((s) => s.productId === productId);
  if (own) return { kind: 'add_seats', productId, subscriptionId: own.id };
  for (const sub of subscriptions) {
    const addOn = sub.addOnPlans.find((p) => p.productId === productId) ?? sub.addOns.find((a) => a.productId === productId);
    if (addOn) return { kind: 'add_addon', productId: sub.productId, subscriptionId: sub.id, addOnPlanId: addOn.planId };
  }
  const other = overview?.products.find((p) => p.productId === productId && !p.subscribed);
  return other ? { kind: 'subscribe', productId, subscriptionId: null } : null;
}

/** Opens the named product's panel once the subscriptions are in (for those who may make that change). */
export function useFocusProduct(): void {
  const focus = useSessionStore((s) => (s.view === 'subscriptions' ? s.viewId : null));
  const loaded = useSubscriptionsStore((s) => s.loaded);
  const rights = useChangeRights();
  useEffect(() => {
    if (!focus || !loaded || rights === 'none') return;
    const { subscriptions, overview, openPanel } = useSubscriptionsStore.getState();
    const target = focusTarget(focus, subscriptions, overview);
    if (target && mayOpenPanel(rights, target, subscriptions.find((s) => s.id === target.subscriptionId))) openPanel(target);
  }, [focus, loaded, rights]);
}
