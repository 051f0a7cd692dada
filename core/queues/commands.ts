/**
 * Contact Center queues (SPEC §5): the list with supervisors and agents, and taking a member out
 * (`queues.unassign`, and `queues.removeMember` from the queue's own management). A user's last queue
 * place going takes their direct Contact Center licence with it; the answer says whether the seat was
 * really freed, which a group still giving the licence prevents (core/licences/effective.ts decides).
 */
import type { CommandContext, HandlerMap, HandlerOutcome } from '../app/handler.ts';
import { auditChange } from '../audit/record.ts';
import { membersValue, productsValue } from '../audit/values.ts';
import type { OutputOf } from '../contract.ts';
import { holdsLicence, licencesOf, storeMemberships } from '../licences/effective.ts';
import { put, type Change } from '../model/changes.ts';
import type { Queue, User } from '../model/records.ts';
import { failure } from '../result.ts';
import { QUEUE_PRODUCT } from '../licences/plan.ts';
import { listQueues, queuesListRevision, toQueueView } from './view.ts';
import { manageHandlers } from './manage.ts';

/** Takes one member out of a queue; the last place going takes the direct Contact Center licence too. */
function leave(ctx: CommandContext, queueId: string, userId: string): HandlerOutcome<OutputOf<'queues.unassign'>> {
  const queue = ctx.tables.queues.get(queueId);
  if (!queue) return failure('not_found', 'errors.queues.notFound');
  const place = queue.members.find((m) => m.userId === userId);
  if (!place) return failure('not_found', 'errors.queues.notAMember');
  const after: Queue = { ...queue, members: queue.members.filter((m) => m !== place) };
  const changes: Change[] = [put('queues', queue.id, after), auditChange(ctx, 'queue.members.removed', { type: 'queue', id: queue.id }, { members: membersValue(ctx.tables, [place]) }, { members: membersValue(ctx.tables, []) })];
  const stillQueued = [...ctx.tables.queues.values()].some((q) => q.id !== queue.id && q.members.some((m) => m.userId === userId));
  const user = ctx.tables.users.get(userId);
  if (stillQueued || !user) return { ok: true, value: { queue: toQueueView(after, ctx), licenceFreed: false, keptThrough: [] }, changes };
  let next: User = user;
  if (user.products.some((p) => p.productId === QUEUE_PRODUCT)) {
    next = { ...user, products: user.products.filter((p) => p.productId !== QUEUE_PRODUCT), updatedAt: ctx.now.toISOString() };
    changes.push(put('users', user.id, next), auditChange(ctx, 'user.products.changed', { type: 'user', id: user.id }, { products: productsValue(user.products) }, { products: productsValue(next.products) }));
  }
  const memberships = storeMemberships(ctx.tables);
  const licenceFreed = holdsLicence(user, memberships, QUEUE_PRODUCT) && !holdsLicence(next, memberships, QUEUE_PRODUCT);
  const keptThrough = licencesOf(next, memberships).find((l) => l.productId === QUEUE_PRODUCT)?.via ?? [];
  return { ok: true, value: { queue: toQueueView(after, ctx), licenceFreed, keptThrough }, changes };
}

export const queuesHandlers: HandlerMap<'queues.list' | 'queues.unassign' | 'queues.removeMember'> & typeof manageHandlers = {
  /**
   * Every queue by kind then name, its members by name with the groups giving them Contact Center: made
   * of the queues, the users and the groups (no clock), so its revision is those tables' stamps, and a
   * caller holding that revision is told so instead of being sent the queues again (the Queues view).
   */
  'queues.list'(input, ctx) {
    const revision = queuesListRevision(ctx.tables);
    if (revision !== null && input?.since === revision) return { ok: true, value: { revision, unchanged: true } };
    return { ok: true, value: { revision: revision ?? '', queues: listQueues(ctx.tables) } };
  },

  'queues.unassign': (input, ctx) => leave(ctx, input.queueId, input.userId),
  'queues.removeMember': (input, ctx) => leave(ctx, input.queueId, input.userId),
  ...manageHandlers,
};
