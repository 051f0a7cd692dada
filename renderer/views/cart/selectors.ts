import { useCartStore } from './store.ts';

export const useCartCount = () => useCartStore((s) => s.cart?.lines.length ?? 0);

/** Plan id → plan name, from the catalog the overview and subscriptions carry. */
export function usePlanName(): (planId: string) => string {
  const subscriptions = useCartStore((s) => s.subscriptions);
  const products = useCartStore((s) => s.overview?.products);
  return (planId) => {
    for (const sub of subscriptions) for (const p of [...sub.plans, ...sub.addOnPlans]) if (p.planId === planId) return p.name;
    for (const product of products ?? []) for (const p of product.plans) if (p.planId === planId) return p.name;
    return planId;
  };
}
