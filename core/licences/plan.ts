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
import type { Group, ProductAssignment, Queue, User } from '../model/records.ts';
import { queuePlacesByUser } from '../queues/views.ts';
import { failure, type Failure } from '../result.ts';
import type { LicencePlan, ProductImpact, QueueHold } from '../schemas/licences.ts';
import { fullName } from '../users/views.ts';
import { holderCounts, holdsLicence, licencesOf, membershipsOf, storeMemberships, type HeldLicence, type Memberships } from './effective.ts';
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

/** Groups as a change leaves them: a group mapped to null is deleted. */
export type GroupsAfter = ReadonlyMap<string, Group | null>;

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

/** What a change leaves: the users it rewrote, the groups after it, and both sides' memberships. */
interface Scene {
  next: Map<string, User>;
  before: Memberships;
  after: Memberships;
  /** Users whose licences may change: rewritten ones and members (before or after) of changed groups. */
  affected: Set<string>;
}

function sceneOf(ctx: CommandContext, next: Map<string, User>, groupsAfter: GroupsAfter | undefined): Scene {
  const before = storeMemberships(ctx.tables);
  const affected = new Set(next.keys());
  if (!groupsAfter?.size) return { next, before, after: before, affected };
  const groups = new Map(ctx.tables.groups);
  for (const [id, group] of groupsAfter) {
    for (const m of ctx.tables.groups.get(id)?.memberIds ?? []) affected.add(m);
    for (const m of group?.memberIds ?? []) affected.add(m);
    if (group) groups.set(id, group);
    else groups.delete(id);
  }
  return { next, before, after: membershipsOf(groups.values()), affected };
}

const userBefore = (ctx: CommandContext, id: string) => ctx.tables.users.get(id);
const userAfter = (ctx: CommandContext, scene: Scene, id: string) => scene.next.get(id) ?? ctx.tables.users.get(id);

/**
 * Runs the operations on copies of the users, in order, with the groups as `groupsAfter` leaves them;
 * nothing is written until `changes` is committed. The seats check counts what everyone holds after
 * the whole change, directly or through groups.
 */
export function planLicences(ctx: CommandContext, ops: readonly LicenceOp[], options: PlanOptions, groupsAfter?: GroupsAfter): Refusal | Planned {
  const refused = checkOps(ctx, ops);
  if (refused) return refused;
  const at = ctx.now.toISOString();
  const language = ctx.actor?.language ?? 'en';
  const next = new Map<string, User>();
  const tallies = new Map<string, Tally>();
  const tally = (productId: string) => tallies.get(productId) ?? tallies.set(productId, { assigned: 0, updated: 0, removed: 0, unchanged: 0 }).get(productId)!;
  const blockers: LicencePlan['blockers'] = [];
  const touched = new Set<string>();
  const memberships = storeMemberships(ctx.tables);

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
        const via = licencesOf(user, memberships).find((l) => l.productId === product.id)?.via[0];
        if (via) blockers.push(blocker(language, 'groups.errors.heldThroughGroup', { name: fullName(user), product: product.name, group: via.name }));
        else count.unchanged++;
        continue;
      }
      count.removed++;
      next.set(user.id, { ...user, products: user.products.filter((p) => p !== held), updatedAt: at });
    }
    touched.add(product.id);
  }

  const scene = sceneOf(ctx, next, groupsAfter);
  if (groupsAfter?.size) tallyGroupChange(ctx, scene, new Set(ops.map((o) => o.userId)), tally);
  const queueChanges = settleQueues(ctx, scene, losingQueueLicence(ctx, scene), options, tally, blockers, language);
  const products = impacts(ctx, tallies, scene, blockers, language);
  const changedUserIds = [...scene.affected].filter((id) => next.get(id) !== ctx.tables.users.get(id) || !sameLicences(ctx, scene, id));
  const plan: LicencePlan = { products, queueHolds: queueChanges.holds, queuesCleared: options.alsoRemoveFromQueues && queueChanges.holds.length > 0, changedUserIds, blockers };
  return { ok: true, plan, changes: [...userChanges(ctx, scene, options.notify), ...queueChanges.changes] };
}

const held = (ctx: CommandContext, scene: Scene, id: string, side: 'before' | 'after'): HeldLicence[] => {
  const user = side === 'before' ? userBefore(ctx, id) : userAfter(ctx, scene, id);
  return user ? licencesOf(user, scene[side]) : [];
};

function sameLicences(ctx: CommandContext, scene: Scene, id: string): boolean {
  const a = held(ctx, scene, id, 'before');
  const b = held(ctx, scene, id, 'after');
  return a.length === b.length && a.every((l, i) => l.productId === b[i]!.productId && sameFeatures(l.features, b[i]!.features));
}

/** Members a group change gives a product, takes it from or changes its features for (direct operations count themselves). */
function tallyGroupChange(ctx: CommandContext, scene: Scene, direct: ReadonlySet<string>, tally: (productId: string) => Tally): void {
  for (const id of scene.affected) {
    if (direct.has(id)) continue;
    const before = new Map(held(ctx, scene, id, 'before').map((l) => [l.productId, l]));
    const after = new Map(held(ctx, scene, id, 'after').map((l) => [l.productId, l]));
    for (const [productId, l] of after) {
      const was = before.get(productId);
      if (!was) tally(productId).assigned++;
      else if (!sameFeatures(was.features, l.features)) tally(productId).updated++;
      else if (l.via.length !== was.via.length || l.direct !== was.direct) tally(productId).unchanged++;
    }
    for (const productId of before.keys()) if (!after.has(productId)) tally(productId).removed++;
  }
}

/** Users who held Business Phone or Contact Center before the change and no longer do. */
function losingQueueLicence(ctx: CommandContext, scene: Scene): Set<string> {
  const losing = new Set<string>();
  for (const id of scene.affected) {
    const before = userBefore(ctx, id);
    const after = userAfter(ctx, scene, id);
    if (!before || !after) continue;
    for (const productId of [PHONE_PRODUCT, QUEUE_PRODUCT]) {
      if (holdsLicence(before, scene.before, productId) && !holdsLicence(after, scene.after, productId)) losing.add(id);
    }
  }
  return losing;
}

/**
 * Queued users losing Business Phone keep Contact Center (it is billed separately) unless the admin
 * also takes them out of their queues, which frees it. Losing Contact Center itself needs that step.
 */
function settleQueues(
  ctx: CommandContext,
  scene: Scene,
  losing: ReadonlySet<string>,
  options: PlanOptions,
  tally: (productId: string) => Tally,
  blockers: LicencePlan['blockers'],
  language: User['language'],
): { holds: QueueHold[]; changes: Change[] } {
  if (!losing.size) return { holds: [], changes: [] };
  const places = queuePlacesByUser(ctx.tables);
  const holds: QueueHold[] = [];
  const { next } = scene;
  for (const userId of losing) {
    const where = places.get(userId);
    if (!where?.length) continue;
    const user = userAfter(ctx, scene, userId)!;
    const hold: QueueHold = { userId, name: fullName(user), email: user.email, places: where, keptThrough: [] };
    holds.push(hold);
    const keepsQueueLicence = holdsLicence(user, scene.after, QUEUE_PRODUCT);
    if (!options.alsoRemoveFromQueues) {
      if (!keepsQueueLicence) blockers.push(blocker(language, 'errors.licences.stillInQueues', { name: fullName(user), count: where.length }));
      continue;
    }
    // A direct Contact Center licence goes with the queue places; one a group gives stays with the group.
    if (user.products.some((p) => p.productId === QUEUE_PRODUCT)) {
      next.set(userId, { ...user, products: user.products.filter((p) => p.productId !== QUEUE_PRODUCT) });
      if (!holdsLicence(next.get(userId)!, scene.after, QUEUE_PRODUCT)) tally(QUEUE_PRODUCT).removed++;
    }
    // Out of every queue, the seat stays taken where a group still gives Contact Center: said, not hidden.
    hold.keptThrough = licencesOf(next.get(userId) ?? user, scene.after).find((l) => l.productId === QUEUE_PRODUCT)?.via ?? [];
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
function impacts(ctx: CommandContext, tallies: Map<string, Tally>, scene: Scene, blockers: LicencePlan['blockers'], language: User['language']): ProductImpact[] {
  const before = holderCounts(ctx.tables, scene.before);
  const out: ProductImpact[] = [];
  for (const product of CATALOG) {
    const t = tallies.get(product.id);
    if (!t) continue;
    let after = before.get(product.id) ?? 0;
    for (const id of scene.affected) {
      const was = userBefore(ctx, id);
      const is = userAfter(ctx, scene, id);
      after += Number(!!is && holdsLicence(is, scene.after, product.id)) - Number(!!was && holdsLicence(was, scene.before, product.id));
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

/**
 * One put per rewritten user; one audit entry (the licences held before/after, direct or through
 * groups) and, when asked, one email per user whose licences changed.
 */
function userChanges(ctx: CommandContext, scene: Scene, notify: boolean): Change[] {
  const changes: Change[] = [];
  for (const id of scene.affected) {
    const before = userBefore(ctx, id);
    const after = userAfter(ctx, scene, id);
    if (!before || !after) continue;
    if (after !== before) changes.push(put('users', id, after));
    else if (sameLicences(ctx, scene, id)) continue;
    const licences = held(ctx, scene, id, 'after');
    changes.push(auditChange(ctx, 'user.products.changed', { type: 'user', id }, { products: productsValue(held(ctx, scene, id, 'before')) }, { products: productsValue(licences) }));
    if (!notify) continue;
    const email = productChangeEmail(ctx, after, licences);
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
