/**
 * Contact Center queues (SPEC §5): the list with supervisors and agents, and unassigning a member.
 * A user's last queue place going frees their Contact Center licence in the same command.
 */
import type { CommandContext, HandlerMap } from '../app/handler.ts';
import { auditChange } from '../audit/record.ts';
import { membersValue, productsValue } from '../audit/values.ts';
import { put, type Change } from '../model/changes.ts';
import type { Queue } from '../model/records.ts';
import { failure } from '../result.ts';
import type { QueueView } from '../schemas/queues.ts';
import { fullName } from '../users/views.ts';
import { QUEUE_PRODUCT } from '../licences/plan.ts';

function toQueueView(queue: Queue, ctx: Pick<CommandContext, 'tables'>): QueueView {
  const member = (m: Queue['members'][number]) => {
    const user = ctx.tables.users.get(m.userId);
    return { userId: m.userId, name: user ? fullName(user) : m.userId, email: user?.email ?? '', role: m.role };
  };
  return {
    id: queue.id,
    kind: queue.kind,
    name: queue.name,
    supervisors: queue.members.filter((m) => m.role === 'supervisor').map(member),
    agents: queue.members.filter((m) => m.role === 'agent').map(member),
  };
}

const KIND_ORDER = { call: 0, inbound: 1, outbound: 2 } as const;

export const queuesHandlers: HandlerMap<'queues.list' | 'queues.unassign'> = {
  'queues.list'(_input, ctx) {
    const queues = [...ctx.tables.queues.values()]
      .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name))
      .map((q) => toQueueView(q, ctx));
    return { ok: true, value: { queues } };
  },

  'queues.unassign'(input, ctx) {
    const queue = ctx.tables.queues.get(input.queueId);
    if (!queue) return failure('not_found', 'errors.queues.notFound');
    const place = queue.members.find((m) => m.userId === input.userId);
    if (!place) return failure('not_found', 'errors.queues.notAMember');
    const after: Queue = { ...queue, members: queue.members.filter((m) => m !== place) };
    const changes: Change[] = [put('queues', queue.id, after), auditChange(ctx, 'queue.members.removed', { type: 'queue', id: queue.id }, { members: membersValue(ctx.tables, [place]) }, { members: membersValue(ctx.tables, []) })];
    const stillQueued = [...ctx.tables.queues.values()].some((q) => q.id !== queue.id && q.members.some((m) => m.userId === input.userId));
    const user = ctx.tables.users.get(input.userId);
    const licenceFreed = !stillQueued && !!user && user.products.some((p) => p.productId === QUEUE_PRODUCT);
    if (licenceFreed && user) {
      const next = { ...user, products: user.products.filter((p) => p.productId !== QUEUE_PRODUCT), updatedAt: ctx.now.toISOString() };
      changes.push(put('users', user.id, next), auditChange(ctx, 'user.products.changed', { type: 'user', id: user.id }, { products: productsValue(user.products) }, { products: productsValue(next.products) }));
    }
    return { ok: true, value: { queue: toQueueView(after, ctx), licenceFreed }, changes };
  },
};
