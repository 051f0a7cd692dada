/**
 * Buying seats for a product: its subscription management (Subscriptions & seats, opened on that
 * product) and the cart — for those who may buy licences; for the others, why not (i18n key).
 */
import { useCan } from '../../app/selectors.ts';
import { useSessionStore } from '../../app/session-store.ts';

const REASONS = {
  offline: 'ui.billing.offlineNotice',
  corporate: 'ui.billing.corporateNotice',
  self_service: 'errors.licences.addNeedsPermission',
} as const;

export function useBuySeats(): { canBuy: boolean; reason: string; buy(productId: string): void } {
  const canBuy = useCan('buy_licences');
  const mode = useSessionStore((s) => s.session?.account.billingMode ?? 'self_service');
  const go = useSessionStore((s) => s.go);
  return { canBuy, reason: REASONS[mode], buy: (productId) => go('subscriptions', productId) };
}
