/**
 * The rows left after the repeats, against the account as it stands: who already holds the product,
 * who is deactivated, who still sits in Contact Center queues, and seats. The seat and queue rules
 * are the licence engine's (core/licences/plan.ts), stated here per row so that a row that can't
 * apply is reported and left out, and the rest still applies: the `ok` rows plan with no blocker.
 */
import type { CommandContext } from '../app/handler.ts';
import { assignedCount } from '../billing/views.ts';
import type { Memberships } from '../licences/effective.ts';
import { PHONE_PRODUCT, QUEUE_PRODUCT } from '../licences/plan.ts';
import { seatsBought } from '../licences/seats.ts';
import type { QueuePlace } from '../queues/views.ts';
import { fullName } from '../users/views.ts';
import type { Candidate, Verdict } from './verdict.ts';
import { holdsLicences } from '../model/records.ts';

const holding = (c: Candidate) => c.user.products.find((p) => p.productId === c.product.id);
/** Whether one of the user's groups gives the product: the user holds it (and its seat) whatever the file does to the direct licence. */
const groupGives = (memberships: Memberships, c: Candidate, productId = c.product.id) => (memberships.get(c.user.id) ?? []).some((g) => g.products.some((p) => p.productId === productId));
const holdsQueueLicence = (c: Candidate, memberships: Memberships) => c.user.products.some((p) => p.productId === QUEUE_PRODUCT) || groupGives(memberships, c, QUEUE_PRODUCT);

/** Whether every feature asked is already as asked (the licence would not change). */
function unchanged(c: Candidate): boolean {
  const held = holding(c)!;
  return Object.entries(c.features).every(([name, on]) => Boolean(held.features[name]) === on);
}

/**
 * A removal that would leave a queued user without Contact Center, unless they also leave the queues:
 * Contact Center itself, or Business Phone from someone who does not hold Contact Center.
 */
function blockedByQueues(c: Candidate, memberships: Memberships, places: readonly QueuePlace[] | undefined, alsoRemoveFromQueues: boolean): boolean {
  if (alsoRemoveFromQueues || !places?.length) return false;
  return c.product.id === QUEUE_PRODUCT || (c.product.id === PHONE_PRODUCT && !holdsQueueLicence(c, memberships));
}

/** A removal that takes Business Phone or Contact Center away (not one a group still gives). */
export const losesQueueProduct = (c: Candidate, memberships: Memberships) =>
  c.action === 'remove' && (c.product.id === PHONE_PRODUCT || c.product.id === QUEUE_PRODUCT) && !groupGives(memberships, c);

/**
 * Sets the verdict of every candidate. New licences take the free seats in file order, plus the seats
 * the file's own removals free; the rest are `no_seats`.
 */
export function judgeStanding(ctx: CommandContext, candidates: readonly Candidate[], places: ReadonlyMap<string, QueuePlace[]>, alsoRemoveFromQueues: boolean, verdicts: (Verdict | undefined)[], memberships: Memberships): void {
  const freed = new Map<string, number>();
  const wanting: Candidate[] = [];
  const set = (c: Candidate, verdict: Verdict) => (verdicts[c.index] = verdict);
  for (const c of candidates) {
    const product = { product: c.product.name };
    const held = holding(c);
    if (c.action === 'remove') {
      if (!held) set(c, { status: 'not_assigned', key: 'imports.errors.notAssigned', params: product });
      else if (losesQueueProduct(c, memberships) && blockedByQueues(c, memberships, places.get(c.user.id), alsoRemoveFromQueues)) {
        set(c, { status: 'in_queues', key: 'imports.errors.inQueues', params: { name: fullName(c.user), count: places.get(c.user.id)!.length } });
      } else {
        set(c, { status: 'ok', key: 'imports.row.remove', params: product });
        // The seat is freed only if no group keeps the product for the user.
        if (holdsLicences(c.user) && !groupGives(memberships, c)) freed.set(c.product.id, (freed.get(c.product.id) ?? 0) + 1);
      }
    } else if (!holdsLicences(c.user)) set(c, { status: 'deactivated', key: 'imports.errors.deactivated', params: { name: fullName(c.user) } });
    else if (held && unchanged(c)) set(c, { status: 'already_assigned', key: 'imports.errors.alreadyAssigned', params: product });
    else if (held) set(c, { status: 'ok', key: 'imports.row.update', params: product });
    // Held through a group: the direct licence takes no new seat.
    else if (groupGives(memberships, c)) set(c, { status: 'ok', key: 'imports.row.assign', params: product });
    else wanting.push(c);
  }
  const free = new Map<string, number>();
  for (const c of wanting) {
    const id = c.product.id;
    if (!free.has(id)) free.set(id, Math.max(0, seatsBought(ctx.tables, id) - assignedCount(ctx.tables, id)) + (freed.get(id) ?? 0));
    const left = free.get(id)!;
    if (left > 0) {
      free.set(id, left - 1);
      set(c, { status: 'ok', key: 'imports.row.assign', params: { product: c.product.name } });
    } else set(c, { status: 'no_seats', key: 'imports.errors.noSeats', params: { product: c.product.name, seats: seatsBought(ctx.tables, id) } });
  }
}
