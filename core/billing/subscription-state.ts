/**
 * What a subscription becomes after a cart's changes: the old and new priced items (main plan and
 * add-ons). Changes to one subscription combine into one target state, prorated once.
 */
import { findPlan, findProduct, type Plan } from '../catalog/catalog.ts';
import type { CartChange, Subscription } from '../model/records.ts';
import { failure, type Failure } from '../result.ts';

export interface PricedItem {
  productId: string;
  planId: string;
  seats: number;
  unitAmount: number;
}

export interface SubscriptionTarget {
  subscriptionId: string | null;
  productId: string;
  interval: 'month' | 'year';
  old: PricedItem[];
  next: PricedItem[];
  /** Plan or interval changed (or a new subscription): a new period must start. */
  reshaped: boolean;
  policy: 'reset' | 'co_term';
}

export type TargetResult = { ok: true; value: SubscriptionTarget } | { ok: false; failure: Failure };

export const MAX_SEATS = 100_000;

export function priceOf(plan: Plan, interval: 'month' | 'year', currency: 'EUR' | 'USD'): number {
  return (interval === 'month' ? plan.monthly : plan.yearly)[currency];
}

export function itemsOf(sub: Subscription): PricedItem[] {
  return [
    { productId: sub.productId, planId: sub.planId, seats: sub.seats, unitAmount: sub.unitAmount },
    ...sub.addOns.map((a) => ({ productId: a.productId, planId: a.planId, seats: a.seats, unitAmount: a.unitAmount })),
  ];
}

/** Applies every change for one subscription, in cart order, to its current state. */
export function targetOf(sub: Subscription, changes: CartChange[], currency: 'EUR' | 'USD'): TargetResult {
  let interval = sub.interval;
  let planId = sub.planId;
  let seats = sub.seats;
  const addOns = new Map(sub.addOns.map((a) => [a.planId, { ...a }]));
  for (const change of changes) {
    switch (change.kind) {
      case 'add_seats':
        seats += change.seats;
        break;
      case 'remove_seats':
        seats -= change.seats;
        break;
      case 'change_interval':
        interval = change.interval;
        break;
      case 'change_plan': {
        const plan = findPlan(change.planId);
        const current = findPlan(planId);
        if (!plan || plan.productId !== sub.productId) return failure('invalid_input', 'errors.billing.unknownPlan');
        if (current && plan.rank < current.rank) return failure('conflict', 'errors.billing.downgradeOffline');
        planId = plan.id;
        break;
      }
      case 'add_addon': {
        const plan = findPlan(change.planId);
        const product = plan ? findProduct(plan.productId) : undefined;
        if (!plan || product?.addOnOf !== sub.productId) return failure('invalid_input', 'errors.billing.unknownAddOn');
        const existing = addOns.get(plan.id);
        addOns.set(plan.id, { productId: plan.productId, planId: plan.id, seats: (existing?.seats ?? 0) + change.seats, unitAmount: existing?.unitAmount ?? 0 });
        break;
      }
      case 'remove_addon':
        if (!addOns.delete(change.planId)) return failure('invalid_input', 'errors.billing.unknownAddOn');
        break;
      case 'new_subscription':
        return failure('invalid_input', 'errors.invalidInput');
    }
  }
  if (seats < 1) return failure('invalid_input', 'errors.billing.atLeastOneSeat');
  if (seats > MAX_SEATS) return failure('invalid_input', 'errors.billing.tooManySeats', { max: MAX_SEATS });
  const reshaped = interval !== sub.interval || planId !== sub.planId;
  const plan = findPlan(planId)!;
  // The locked unit price stays while plan and interval stay; a new plan or interval takes today's price.
  const unitAmount = reshaped ? priceOf(plan, interval, currency) : sub.unitAmount;
  const next: PricedItem[] = [{ productId: sub.productId, planId, seats, unitAmount }];
  for (const addOn of addOns.values()) {
    if (addOn.seats < 1 || addOn.seats > MAX_SEATS) return failure('invalid_input', 'errors.billing.atLeastOneSeat');
    const addOnPlan = findPlan(addOn.planId)!;
    const locked = sub.addOns.find((a) => a.planId === addOn.planId);
    next.push({ ...addOn, unitAmount: locked && !reshaped ? locked.unitAmount : priceOf(addOnPlan, interval, currency) });
  }
  return {
    ok: true,
    value: { subscriptionId: sub.id, productId: sub.productId, interval, old: itemsOf(sub), next, reshaped, policy: plan.proration },
  };
}

export function newSubscriptionTarget(change: Extract<CartChange, { kind: 'new_subscription' }>, currency: 'EUR' | 'USD'): TargetResult {
  const plan = findPlan(change.planId);
  if (!plan || findProduct(plan.productId)?.addOnOf) return failure('invalid_input', 'errors.billing.unknownPlan');
  if (change.seats < 1 || change.seats > MAX_SEATS) return failure('invalid_input', 'errors.billing.atLeastOneSeat');
  return {
    ok: true,
    value: {
      subscriptionId: null,
      productId: plan.productId,
      interval: change.interval,
      old: [],
      next: [{ productId: plan.productId, planId: plan.id, seats: change.seats, unitAmount: priceOf(plan, change.interval, currency) }],
      reshaped: true,
      policy: 'reset',
    },
  };
}
