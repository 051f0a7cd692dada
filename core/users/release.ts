/**
 * What a deactivated or deleted user gives back: their places in the Contact Center queues (each
 * place holds a billed licence, SPEC §5). One put and one audit entry per queue that changes.
 */
import type { CommandContext } from '../app/handler.ts';
import { auditChange } from '../audit/record.ts';
import { membersValue } from '../audit/values.ts';
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
