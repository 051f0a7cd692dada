/** What each change panel edits, and the cart change it stands for (pure: no store, no api). */
import type { InputOf, OutputOf } from '../../../core/contract.ts';

export type CartChange = InputOf<'cart.add'>['change'];
export type Subscription = OutputOf<'subscriptions.list'>['subscriptions'][number];
export type PlanOption = Subscription['plans'][number];
export type Interval = 'month' | 'year';
export type PanelKind = 'add_seats' | 'remove_seats' | 'change_plan' | 'change_interval' | 'add_addon' | 'remove_addon' | 'subscribe';

export interface PanelTarget {
  kind: PanelKind;
  productId: string;
  /** Null for a product not subscribed yet. */
  subscriptionId: string | null;
  addOnPlanId?: string;
}

export interface Draft {
  seats: string;
  planId: string;
  interval: Interval;
}

export const MAX_SEATS = 100_000;

/** What a user may change: everything (billing rights), only more seats (a licence buyer), or nothing. */
export type ChangeRights = 'all' | 'seats' | 'none';

/** More seats of what the subscription has (its own, or an add-on it holds): all a licence buyer may order. */
function addsSeats(target: Pick<PanelTarget, 'kind' | 'addOnPlanId'>, sub: Subscription | undefined): boolean {
  if (target.kind === 'add_seats') return true;
  return target.kind === 'add_addon' && !!sub?.addOns.some((a) => a.planId === target.addOnPlanId);
}

/** Whether a panel is one the user may open. */
export const mayOpenPanel = (rights: ChangeRights, target: Pick<PanelTarget, 'kind' | 'addOnPlanId'>, sub: Subscription | undefined) =>
  rights === 'all' || (rights === 'seats' && addsSeats(target, sub));

export function parseSeats(text: string): number | null {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(n) && n >= 1 && n <= MAX_SEATS ? n : null;
}

export const otherInterval = (interval: Interval): Interval => (interval === 'month' ? 'year' : 'month');

export function currentRank(sub: Pick<Subscription, 'plans' | 'planId'>): number {
  return sub.plans.find((p) => p.planId === sub.planId)?.rank ?? 0;
}

/** A lower plan than the current one: not sold online, it becomes a support request. */
export function isDowngrade(sub: Subscription | undefined, planId: string): boolean {
  const plan = sub?.plans.find((p) => p.planId === planId);
  return !!sub && !!plan && plan.rank < currentRank(sub);
}

/** The add-on's product, when the catalog tells it (held add-ons always do). */
export function addOnProductId(sub: Subscription | undefined, planId: string): string | undefined {
  const option = sub?.addOnPlans.find((p) => p.planId === planId) as (PlanOption & { productId?: string }) | undefined;
  return option?.productId ?? sub?.addOns.find((a) => a.planId === planId)?.productId;
}

export function initialDraft(target: PanelTarget, sub: Subscription | undefined, plans: PlanOption[]): Draft {
  const base: Draft = { seats: '1', planId: '', interval: sub?.interval ?? 'month' };
  if (target.kind === 'change_plan' && sub) {
    const byRank = [...sub.plans].sort((a, b) => a.rank - b.rank);
    const up = byRank.find((p) => p.rank > currentRank(sub));
    const down = byRank.filter((p) => p.rank < currentRank(sub)).pop();
    return { ...base, planId: up?.planId ?? down?.planId ?? '' };
  }
  if (target.kind === 'change_interval' && sub) return { ...base, interval: otherInterval(sub.interval) };
  if (target.kind === 'subscribe') return { ...base, seats: String(sub?.seats ?? 1), planId: sub?.planId ?? plans[0]?.planId ?? '' };
  return base;
}

/** The cart change a panel's draft stands for, or null while it is incomplete (or a downgrade). */
export function toChange(target: PanelTarget, draft: Draft, sub: Subscription | undefined): CartChange | null {
  const seats = parseSeats(draft.seats);
  const subscriptionId = target.subscriptionId;
  switch (target.kind) {
    case 'add_seats':
    case 'remove_seats':
      return subscriptionId && seats ? { kind: target.kind, subscriptionId, seats } : null;
    case 'change_plan':
      return subscriptionId && draft.planId && draft.planId !== sub?.planId && !isDowngrade(sub, draft.planId) ? { kind: 'change_plan', subscriptionId, planId: draft.planId } : null;
    case 'change_interval':
      return subscriptionId ? { kind: 'change_interval', subscriptionId, interval: draft.interval } : null;
    case 'add_addon':
      return subscriptionId && seats && target.addOnPlanId ? { kind: 'add_addon', subscriptionId, planId: target.addOnPlanId, seats } : null;
    case 'remove_addon':
      return subscriptionId && target.addOnPlanId ? { kind: 'remove_addon', subscriptionId, planId: target.addOnPlanId } : null;
    case 'subscribe':
      return seats && draft.planId ? { kind: 'new_subscription', planId: draft.planId, interval: draft.interval, seats } : null;
  }
}

/** Whether the open panel belongs to this subscription's card (by subscription: a product can have several). */
export const isPanelOf = (panel: PanelTarget | null, sub: Pick<Subscription, 'id'>): boolean => panel !== null && panel.subscriptionId === sub.id;
