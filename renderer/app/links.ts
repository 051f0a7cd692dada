/**
 * Routes (core/contract.ts) in the renderer: a link the host received (`app.route`), a notification
 * or an email's link opens its view through the same hash as the navigation (`#/invoice/INV-…`), so
 * back and forward work and browser mode's URL carries the route.
 */
import type { AppRoute } from '../../core/contract.ts';
import { api } from './api.ts';
import { useSessionStore } from './session-store.ts';

/** The view and the item (an invoice's number, a user's email, a subscription) a route names. */
export function routeTarget(route: AppRoute): { view: AppRoute['view']; id?: string } {
  if (route.view === 'invoice') return { view: 'invoice', id: route.number };
  if (route.view === 'people') return route.email ? { view: 'people', id: route.email } : { view: 'people' };
  if (route.view === 'subscriptions') return route.id ? { view: 'subscriptions', id: route.id } : { view: 'subscriptions' };
  return { view: route.view };
}

export function openRoute(route: AppRoute): void {
  const { view, id } = routeTarget(route);
  useSessionStore.getState().go(view, id);
}

/** The host's links (desktop): listened to from the start, so a link that launched the app is not missed. */
export function startLinks(): () => void {
  return api().on('app.route', openRoute);
}
