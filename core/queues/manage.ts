/**
 * Managing Contact Center queues: create, rename and delete a queue, add people as agents or
 * supervisors, switch a member's role. Every member holds Contact Center (SPEC §5), directly or
 * through a group (core/licences/effective.ts): adding someone without it is refused, all or nothing,
 * naming who lacks it. A deleted queue's members just leave it; what they hold stays.
 */
import type { CommandContext, HandlerMap } from '../app/handler.ts';
import { auditChange } from '../audit/record.ts';
import { membersValue, text } from '../audit/values.ts';
import { holdsLicence, storeMemberships } from '../licences/effective.ts';
import { QUEUE_PRODUCT } from '../licences/plan.ts';
import { del, put } from '../model/changes.ts';
import type { Queue } from '../model/records.ts';
import { failure } from '../result.ts';
import { fullName } from '../users/views.ts';
import { checkQueueName } from './rules.ts';
import { toQueueView } from './view.ts';

type Channels = 'queues.create' | 'queues.rename' | 'queues.delete' | 'queues.addMembers' | 'queues.setMemberRole';

const notFound = () => failure('not_found', 'errors.queues.notFound');
const target = (queue: Queue) => ({ type: 'queue', id: queue.id });

function nameErrors(ctx: CommandContext, name: string, selfId: string | undefined) {
  const errors = checkQueueName(name, ctx.tables.queues, selfId);
  return Object.keys(errors).length ? failure('invalid_input', 'errors.invalidInput', undefined, errors) : undefined;
}

/** "Tom Walker and Hannah Becker", in the actor's language. */
function namesOf(ctx: CommandContext, names: string[]): string {
  return new Intl.ListFormat(ctx.actor?.language ?? 'en', { type: 'conjunction' }).format(names);
}

export const manageHandlers: HandlerMap<Channels> = {
  'queues.create'(input, ctx) {
    const refused = nameErrors(ctx, input.name, undefined);
    if (refused) return refused;
    const queue: Queue = { id: ctx.ports.ids.next('que'), kind: input.kind, name: input.name.trim(), members: [], createdAt: ctx.now.toISOString() };
    const audit = auditChange(ctx, 'queue.created', target(queue), null, { name: text(queue.name), members: membersValue(ctx.tables, []) });
    return { ok: true, value: toQueueView(queue, ctx), changes: [put('queues', queue.id, queue), audit] };
  },

  'queues.rename'(input, ctx) {
    const queue = ctx.tables.queues.get(input.queueId);
    if (!queue) return notFound();
    const refused = nameErrors(ctx, input.name, queue.id);
    if (refused) return refused;
    const name = input.name.trim();
    if (name === queue.name) return { ok: true, value: toQueueView(queue, ctx) };
    const after: Queue = { ...queue, name };
    const audit = auditChange(ctx, 'queue.renamed', target(queue), { name: text(queue.name) }, { name: text(name) });
    return { ok: true, value: toQueueView(after, ctx), changes: [put('queues', queue.id, after), audit] };
  },

  'queues.delete'(input, ctx) {
    const queue = ctx.tables.queues.get(input.queueId);
    if (!queue) return notFound();
    const audit = auditChange(ctx, 'queue.deleted', target(queue), { name: text(queue.name), members: membersValue(ctx.tables, queue.members) }, null);
    return { ok: true, value: { id: queue.id, name: queue.name, membersLeft: queue.members.length }, changes: [del('queues', queue.id), audit] };
  },

  /** People already in the queue stay as they are; everyone new must hold Contact Center, or nobody joins. */
  'queues.addMembers'(input, ctx) {
    const queue = ctx.tables.queues.get(input.queueId);
    if (!queue) return notFound();
    const memberships = storeMemberships(ctx.tables);
    const adding: Queue['members'] = [];
    const lacking: string[] = [];
    for (const id of new Set(input.userIds)) {
      const user = ctx.tables.users.get(id);
      if (!user) return failure('not_found', 'errors.users.notFound', { userId: id });
      if (queue.members.some((m) => m.userId === id)) continue;
      if (!holdsLicence(user, memberships, QUEUE_PRODUCT)) lacking.push(fullName(user) || user.email);
      adding.push({ userId: id, role: input.role });
    }
    if (lacking.length) return failure('conflict', 'queues.errors.noLicence', { names: namesOf(ctx, lacking), count: lacking.length });
    if (!adding.length) return { ok: true, value: toQueueView(queue, ctx) };
    const after: Queue = { ...queue, members: [...queue.members, ...adding] };
    const audit = auditChange(ctx, 'queue.members.added', target(queue), { members: membersValue(ctx.tables, []) }, { members: membersValue(ctx.tables, adding) });
    return { ok: true, value: toQueueView(after, ctx), changes: [put('queues', queue.id, after), audit] };
  },

  'queues.setMemberRole'(input, ctx) {
    const queue = ctx.tables.queues.get(input.queueId);
    if (!queue) return notFound();
    const place = queue.members.find((m) => m.userId === input.userId);
    if (!place) return failure('not_found', 'errors.queues.notAMember');
    if (place.role === input.role) return { ok: true, value: toQueueView(queue, ctx) };
    const moved = { userId: place.userId, role: input.role };
    const after: Queue = { ...queue, members: queue.members.map((m) => (m === place ? moved : m)) };
    const audit = auditChange(ctx, 'queue.member.role_changed', target(queue), { members: membersValue(ctx.tables, [place]) }, { members: membersValue(ctx.tables, [moved]) });
    return { ok: true, value: toQueueView(after, ctx), changes: [put('queues', queue.id, after), audit] };
  },
};
