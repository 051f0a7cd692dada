/** Turns a quote's subscription targets into the subscription records they become. */
import { put, type Change, type Tables } from '../model/changes.ts';
import type { Subscription } from '../model/records.ts';
import type { Ids } from '../ports/ids.ts';
import type { Quote } from './quote.ts';

export function subscriptionChanges(tables: Tables, ids: Ids, quote: Quote): Change[] {
  const changes: Change[] = [];
  for (const { target, periodStart, periodEnd } of quote.subscriptions) {
    const [main, ...addOns] = target.next;
    if (!main) continue;
    const existing = target.subscriptionId ? tables.subscriptions.get(target.subscriptionId) : undefined;
    const restarted = !existing || periodStart !== existing.periodStart;
    const sub: Subscription = {
      id: existing?.id ?? ids.next('sub'),
      productId: main.productId,
      planId: main.planId,
      interval: target.interval,
      seats: main.seats,
      unitAmount: main.unitAmount,
      currency: quote.currency,
      periodStart,
      periodEnd,
      anchorAt: restarted ? periodStart : (existing?.anchorAt ?? periodStart),
      periodIndex: restarted ? 0 : (existing?.periodIndex ?? 0),
      autoRenew: existing?.autoRenew ?? true,
      addOns: addOns.map((a) => ({ productId: a.productId, planId: a.planId, seats: a.seats, unitAmount: a.unitAmount })),
      createdAt: existing?.createdAt ?? quote.at,
    };
    changes.push(put('subscriptions', sub.id, sub));
  }
  return changes;
}
