/**
 * The licence engine (SPEC §5): a list of per-user, per-product operations becomes one all-or-nothing
 * change — never beyond the seats bought, features checked against the product, and Contact Center
 * queue places handled when Business Phone (or Contact Center itself) goes. People > Add/Remove
 * products, the bulk toolbar and the CSV import all go through `planLicences`.
 */
import type { CommandContext } from '../app/handler.ts';
import { auditChange } from '../audit/record.ts';
import { membersValue, productsValue } from '../audit/values.ts';
import { CATALOG, findProduct, type Product } from '../catalog/catalog.ts';
import { translate } from '../i18n/translate.ts';
import { put, type Change } from '../model/changes.ts';
import { SEATS, walkFacet } from '../model/facets.ts';
import type { ProductAssignment, Queue, User } from '../model/records.ts';
import { queuePlacesByUser } from '../queues/views.ts';
import { failure, type Failure } from '../result.ts';
import type { LicencePlan, ProductImpact, QueueHold } from '../schemas/licences.ts';
import { fullName } from '../users/views.ts';
import { productChangeEmail } from './emails.ts';
import { seatsBought } from './seats.ts';
import { holdsLicences } from '../model/records.ts';

export type LicenceOp =
  | { userId: string; productId: string; action: 'assign'; features: Record<string, boolean | undefined> }
  | { userId: string; productId: string; action: 'remove' };

export interface PlanOptions {
  alsoRemoveFromQueues: boolean;
  notify: boolean;
}

/** Products whose loss leaves a queued user holding a billed Contact Center licence. */
export const PHONE_PRODUCT = 'business_phone';
export const QUEUE_PRODUCT = 'contact_center';

type Refusal = { ok: false; failure: Failure };
export type Planned = { ok: true; plan: LicencePlan; changes: Change[] };

/** Unknown products and features are bad input; unknown users are not_found. Checked before anything else. */
function checkOps(ctx: CommandContext, ops: readonly LicenceOp[]): Refusal | undefined {
  const fields: NonNullable<Failure['fields']> = {};
  for (const op of ops) {
    const product = findProduct(op.productId);
    if (!product) return failure('invalid_input', 'errors.invalidInput', undefined, { productId: { key: 'errors.licences.unknownProduct' } });
    if (!ctx.tables.users.has(op.userId)) return failure('not_found', 'errors.users.notFound', { userId: op.userId });
    if (op.action !== 'assign') continue;
    for (const name of Object.keys(op.features)) {
      if (!product.features.includes(name)) fields[`features.${name}`] = { key: 'errors.licences.unknownFeature', params: { product: product.name, feature: name } };
    }
  }
  return Object.keys(fields).length ? failure('invalid_input', 'errors.invalidInput', undefined, fields) : undefined;
}

function assignmentFor(product: Product, held: ProductAssignment | undefined, asked: Record<string, boolean | undefined>, at: string): ProductAssignment {
  const features: Record<string, boolean> = held ? { ...held.features } : Object.fromEntries(product.features.map((f) => [f, false]));
  for (const [name, on] of Object.entries(asked)) if (on !== undefined) features[name] = on;
  return held ? { ...held, features } : { productId: product.id, features, assignedAt: at };
}

const sameFeatures = (a: Record<string, boolean>, b: Record<string, boolean>) => Object.keys({ ...a, ...b }).every((k) => Boolean(a[k]) === Boolean(b[k]));

interface Tally {
  assigned: number;
  updated: number;
  removed: number;
  unchanged: number;
}

/** Counts active holders of every product in one pass over the users (bulk changes touch thousands). */
function holderCounts(ctx: CommandContext): Map<string, number> {
  const counts = new Map<string, number>();
  for (const user of walkFacet(ctx.tables, SEATS)) {
    if (!holdsLicences(user)) continue;
    for (const p of user.products) counts.set(p.productId, (counts.get(p.productId) ?? 0) + 1);
  }
  return counts;
}

/** Runs the operations on copies of the users, in order; nothing is written until `changes` is committed. */
export function planLicences(ctx: CommandContext, ops: readonly LicenceOp[], options: PlanOptions): Refusal | Planned {
  const refused = checkOps(ctx, ops);
  if (refused) return refused;
  const at = ctx.now.toISOString();
  const language = ctx.actor?.language ?? 'en';
  const next = new Map<string, User>();
  const tallies = new Map<string, Tally>();
  const tally = (productId: string) => tallies.get(productId) ?? tallies.set(productId, { assigned: 0, updated: 0, removed: 0, unchanged: 0 }).get(productId)!;
  const blockers: LicencePlan['blockers'] = [];
  const losingQueueLicence = new Set<string>();
  const touched = new Set<string>();

  for (const op of ops) {
    const product = findProduct(op.productId)!;
    const user = next.get(op.userId) ?? ctx.tables.users.get(op.userId)!;
    const held = user.products.find((p) => p.productId === product.id);
    const count = tally(product.id);
    if (op.action === 'assign') {
      if (!holdsLicences(user)) {
        blockers.push(blocker(language, 'errors.licences.userDeactivated', { name: fullName(user) }));
        continue;
      }
      const assignment = assignmentFor(product, held, op.features, at);
      if (held && sameFeatures(held.features, assignment.features)) {
        count.unchanged++;
        continue;
      }
      if (held) count.updated++;
      else count.assigned++;
      const products = held ? user.products.map((p) => (p === held ? assignment : p)) : [...user.products, assignment];
      next.set(user.id, { ...user, products, updatedAt: at });
    } else {
      if (!held) {
        count.unchanged++;
        continue;
      }
      count.removed++;
      if (product.id === PHONE_PRODUCT || product.id === QUEUE_PRODUCT) losingQueueLicence.add(user.id);
      next.set(user.id, { ...user, products: user.products.filter((p) => p !== held), updatedAt: at });
    }
    touched.add(product.id);
  }

  const queueChanges = settleQueues(ctx, next, losingQueueLicence, options, tally, blockers, language);
  const products = impacts(ctx, tallies, next, blockers, language);
  const changedUserIds = [...next.keys()].filter((id) => next.get(id) !== ctx.tables.users.get(id));
  const plan: LicencePlan = { products, queueHolds: queueChanges.holds, queuesCleared: options.alsoRemoveFromQueues && queueChanges.holds.length > 0, changedUserIds, blockers };
  return { ok: true, plan, changes: [...userChanges(ctx, next, options.notify), ...queueChanges.changes] };
}

/**
 * Queued users losing Business Phone keep Contact Center (it is billed separately) unless the admin
 * also takes them out of their queues, which frees it. Losing Contact Center itself needs that step.
 */
function settleQueues(
  ctx: CommandContext,
  next: Map<string, User>,
  losing: ReadonlySet<string>,
  options: PlanOptions,
  tally: (productId: string) => Tally,
  blockers: LicencePlan['blockers'],
  language: User['language'],
): { holds: QueueHold[]; changes: Change[] } {
  if (!losing.size) return { holds: [], changes: [] };
  const places = queuePlacesByUser(ctx.tables);
  const holds: QueueHold[] = [];
  for (const userId of losing) {
    const where = places.get(userId);
    if (!where?.length) continue;
    const user = next.get(userId)!;
    holds.push({ userId, name: fullName(user), email: user.email, places: where });
    const keepsQueueLicence = user.products.some((p) => p.productId === QUEUE_PRODUCT);
    if (!options.alsoRemoveFromQueues) {
      if (!keepsQueueLicence) blockers.push(blocker(language, 'errors.licences.stillInQueues', { name: fullName(user), count: where.length }));
      continue;
    }
    if (keepsQueueLicence) {
      next.set(userId, { ...user, products: user.products.filter((p) => p.productId !== QUEUE_PRODUCT) });
      tally(QUEUE_PRODUCT).removed++;
    }
  }
  holds.sort((a, b) => a.name.localeCompare(b.name));
  if (!options.alsoRemoveFromQueues || !holds.length) return { holds, changes: [] };
  const leaving = new Set(holds.map((h) => h.userId));
  const changes: Change[] = [];
  for (const queue of ctx.tables.queues.values()) {
    const members = queue.members.filter((m) => !leaving.has(m.userId));
    if (members.length === queue.members.length) continue;
    const after: Queue = { ...queue, members };
    changes.push(put('queues', queue.id, after));
    const removed = queue.members.filter((m) => leaving.has(m.userId));
    changes.push(auditChange(ctx, 'queue.members.removed', { type: 'queue', id: queue.id }, { members: membersValue(ctx.tables, removed) }, { members: membersValue(ctx.tables, []) }));
  }
  return { holds, changes };
}

/** Seats per product touched, after the change; a product short of seats blocks with the number missing. */
function impacts(ctx: CommandContext, tallies: Map<string, Tally>, next: Map<string, User>, blockers: LicencePlan['blockers'], language: User['language']): ProductImpact[] {
  const before = holderCounts(ctx);
  const out: ProductImpact[] = [];
  for (const product of CATALOG) {
    const t = tallies.get(product.id);
    if (!t) continue;
    let after = before.get(product.id) ?? 0;
    for (const [id, user] of next) {
      const was = ctx.tables.users.get(id)!;
      after += Number(activeHolder(user, product.id)) - Number(activeHolder(was, product.id));
    }
    const seats = seatsBought(ctx.tables, product.id);
    const assignedBefore = before.get(product.id) ?? 0;
    // Only growth needs seats: an account already over (seats removed elsewhere) may still shrink.
    const missing = after > assignedBefore ? Math.max(0, after - Math.max(seats, assignedBefore)) : 0;
    if (missing > 0) {
      // Short just after a colleague on another desktop gave this product away: say who, to whom.
      const taken = ctx.recent?.gave(ctx.tables, product.id, ctx.now) ?? [];
      blockers.push({ ...blocker(language, 'errors.licences.seatsShort', { count: missing, product: product.name }), ...(taken.length ? { changes: taken } : {}) });
    }
    out.push({ productId: product.id, name: product.name, ...t, seats, assignedBefore, assignedAfter: after, freeAfter: seats - after, missing });
  }
  return out;
}

const activeHolder = (user: User, productId: string) => holdsLicences(user) && user.products.some((p) => p.productId === productId);

/** One put, one audit entry (products before/after) and, when asked, one email per changed user. */
function userChanges(ctx: CommandContext, next: Map<string, User>, notify: boolean): Change[] {
  const changes: Change[] = [];
  for (const [id, after] of next) {
    const before = ctx.tables.users.get(id)!;
    if (after === before) continue;
    changes.push(put('users', id, after));
    changes.push(auditChange(ctx, 'user.products.changed', { type: 'user', id }, { products: productsValue(before.products) }, { products: productsValue(after.products) }));
    if (!notify) continue;
    const email = productChangeEmail(ctx, after);
    changes.push(put('outbox', email.id, email));
  }
  return changes;
}

function blocker(language: User['language'], key: string, params: Record<string, string | number>): LicencePlan['blockers'][number] {
  return { key, params, message: translate(language, key, params) };
}

/** The blockers as the typed refusal `licences.apply` returns: the first one leads, all are listed. */
export function refusalOf(plan: LicencePlan): Refusal {
  const [first] = plan.blockers;
  const refusal = failure('conflict', first!.key, first!.params);
  if (first!.changes) refusal.failure.changes = first!.changes;
  return refusal;
}
