import { useCan } from '../../app/selectors.ts';
import { useSessionStore } from '../../app/session-store.ts';
import type { ChangeRights } from './changes.ts';
import { useSubscriptionsStore } from './store.ts';

/** self_service, offline or corporate: the overview's word once loaded, the session's before. */
export function useBillingMode() {
  const fromSession = useSessionStore((s) => s.session?.account.billingMode ?? 'self_service');
  return useSubscriptionsStore((s) => s.overview?.billingMode ?? fromSession);
}

/**
 * What the signed-in user may change, on self-service accounts only: everything with billing
 * rights; only more seats as a licence buyer (administrator, Manage licences); nothing otherwise.
 */
export function useChangeRights(): ChangeRights {
  const canBill = useCan('billing');
  const canBuy = useCan('buy_licences');
  const selfService = useBillingMode() === 'self_service';
  if (!selfService) return 'none';
  return canBill ? 'all' : canBuy ? 'seats' : 'none';
}

/** A trial that ended with nothing subscribed yet: subscribing is the only way on (the core allows only that). */
export const useTrialEnded = () => useSubscriptionsStore((s) => (s.overview?.trialEnded ?? false) && s.subscriptions.length === 0);

/** Plan id → plan name, from every plan the view knows of. */
export function usePlanName(): (planId: string) => string {
  const subscriptions = useSubscriptionsStore((s) => s.subscriptions);
  const products = useSubscriptionsStore((s) => s.overview?.products);
  return (planId) => {
    for (const sub of subscriptions) for (const p of [...sub.plans, ...sub.addOnPlans]) if (p.planId === planId) return p.name;
    for (const product of products ?? []) for (const p of product.plans) if (p.planId === planId) return p.name;
    return planId;
  };
}

export const useSubscription = (id: string | null) => useSubscriptionsStore((s) => s.subscriptions.find((sub) => sub.id === id));
