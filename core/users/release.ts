/**
 * What a deactivated or deleted user gives back: their places in the Contact Center queues (each
 * place holds a billed licence, SPEC §5) and in groups (a group's products would come back with a
 * reactivation, past the seats check). One put and one audit entry per queue or group that changes.
 */
import type { CommandContext } from '../app/handler.ts';
import { auditChange } from '../audit/record.ts';
import { membersValue, peopleValue } from '../audit/values.ts';
import { put, type Change } from '../model/changes.ts';

export function leaveQueues(ctx: CommandContext, userIds: ReadonlySet<string>): Change[] {
  const changes: Change[] = [];
  for (const queue of ctx.tables.queues.values()) {
    const members = queue.members.filter((m) => !userIds.has(m.userId));
    if (members.length === queue.members.length) continue;
    const removed = queue.members.filter((m) => userIds.has(m.userId));
    changes.push(put('queues', queue.id, { ...queue, members }));
    changes.push(auditChange(ctx, 'queue.members.removed', { type: 'queue', id: queue.id }, { members: membersValue(ctx.tables, removed) }, { members: membersValue(ctx.tables, []) }));
  }
  return changes;
}

export function leaveGroups(ctx: CommandContext, userIds: ReadonlySet<string>): Change[] {
  const changes: Change[] = [];
  for (const group of ctx.tables.groups.values()) {
    const leaving = group.memberIds.filter((id) => userIds.has(id));
    if (!leaving.length) continue;
    changes.push(put('groups', group.id, { ...group, memberIds: group.memberIds.filter((id) => !userIds.has(id)), updatedAt: ctx.now.toISOString() }));
    changes.push(auditChange(ctx, 'group.members.removed', { type: 'group', id: group.id }, { members: peopleValue(ctx.tables, leaving) }, { members: peopleValue(ctx.tables, []) }));
  }
  return changes;
}

/** Queues and groups, as a deactivated or deleted user leaves them. */
export const leaveAll = (ctx: CommandContext, userIds: ReadonlySet<string>): Change[] => [...leaveQueues(ctx, userIds), ...leaveGroups(ctx, userIds)];
