import { useTranslation } from 'react-i18next';
import { addOnProductId, type CartChange } from '../subscriptions/changes.ts';
import { usePlanName } from './selectors.ts';
import { useCartStore } from './store.ts';

/** One cart change in words, in the UI's language: "Remote Support: add 2 seats". */
export function useDescribeChange(): (change: CartChange) => string {
  const { t } = useTranslation();
  const subscriptions = useCartStore((s) => s.subscriptions);
  const products = useCartStore((s) => s.overview?.products);
  const planName = usePlanName();
  const billing = (i: 'month' | 'year') => t(`ui.billing.billed.${i}`);
  const seats = (count: number) => t('ui.billing.seatCount', { count });
  return (change) => {
    if (change.kind === 'new_subscription') {
      const productId = products?.find((p) => p.plans.some((plan) => plan.planId === change.planId))?.productId;
      const product = productId ? t(`ui.products.${productId}`) : planName(change.planId);
      return t('ui.cart.line.new_subscription', { product, plan: planName(change.planId), billing: billing(change.interval), seats: seats(change.seats) });
    }
    const sub = subscriptions.find((s) => s.id === change.subscriptionId);
    const product = sub ? t(`ui.products.${sub.productId}`) : '';
    switch (change.kind) {
      case 'add_seats':
      case 'remove_seats':
        return t(`ui.cart.line.${change.kind}`, { product, seats: seats(change.seats) });
      case 'change_plan':
        return t('ui.cart.line.change_plan', { product, plan: planName(change.planId) });
      case 'change_interval':
        return t('ui.cart.line.change_interval', { product, billing: billing(change.interval) });
      case 'add_addon':
      case 'remove_addon': {
        const addOnId = addOnProductId(sub, change.planId);
        const addOn = addOnId ? t(`ui.products.${addOnId}`) : planName(change.planId);
        return t(`ui.cart.line.${change.kind}`, { product, addOn, seats: change.kind === 'add_addon' ? seats(change.seats) : '' });
      }
    }
  };
}
