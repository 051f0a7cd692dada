/**
 * Subscriptions opened on one product (#/subscriptions/<productId>: Products > Add licences, or a
 * licence dialog's "Buy seats") or on one subscription (#/subscriptions/<id>: a link): that
 * subscription's card comes into view and, for those who may, its management opens on adding seats.
 */
import { useEffect, useState } from 'react';
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

/** The DOM id of a subscription's card, for a route to bring it into view. */
export const subscriptionCardId = (id: string) => `subscription-${id}`;

/**
 * Opens the named product's or subscription's panel once the subscriptions are in (for those who may
 * make that change); returns the route's item when the account has no such subscription or product.
 */
export function useFocusProduct(): string | null {
  const focus = useSessionStore((s) => (s.view === 'subscriptions' ? s.viewId : null));
  const visit = useSessionStore((s) => s.visit);
  const loaded = useSubscriptionsStore((s) => s.loaded);
  const rights = useChangeRights();
  const [missing, setMissing] = useState<string | null>(null);
  useEffect(() => {
    if (!focus || !loaded) return setMissing(null);
    const { subscriptions, overview, openPanel } = useSubscriptionsStore.getState();
    const named = subscriptions.find((s) => s.id === focus);
    const target = focusTarget(named?.productId ?? focus, subscriptions, overview);
    setMissing(target ? null : focus);
    if (named) document.getElementById(subscriptionCardId(named.id))?.scrollIntoView({ block: 'start' });
    if (target && rights !== 'none' && mayOpenPanel(rights, target, subscriptions.find((s) => s.id === target.subscriptionId))) openPanel(target);
  }, [focus, loaded, rights, visit]);
  return missing;
}
