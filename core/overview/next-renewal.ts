/** The next renewal: the earliest period end among auto-renewing subscriptions, priced as it will renew. */
import type { Tables } from '../model/changes.ts';
import { itemsOf } from '../billing/subscription-state.ts';

export interface NextRenewal {
  at: string;
  /** Pre-tax, in minor units: every subscription renewing at that instant, with its add-ons. */
  amount: number;
  productIds: string[];
}

export function nextRenewal(tables: Pick<Tables, 'subscriptions'>): NextRenewal | null {
  const renewing = [...tables.subscriptions.values()].filter((s) => s.autoRenew);
  if (renewing.length === 0) return null;
  const at = renewing.reduce((min, s) => (new Date(s.periodEnd) < new Date(min) ? s.periodEnd : min), renewing[0]!.periodEnd);
  const due = renewing.filter((s) => new Date(s.periodEnd).getTime() === new Date(at).getTime());
  const amount = due.reduce((sum, s) => sum + itemsOf(s).reduce((n, i) => n + i.unitAmount * i.seats, 0), 0);
  return { at, amount, productIds: due.map((s) => s.productId).sort() };
}
