/** A queue as it leaves the core: members by name, supervisors and agents apart. */
import type { CommandContext } from '../app/handler.ts';
import { licencesOf, storeMemberships, type Memberships } from '../licences/effective.ts';
import { QUEUE_PRODUCT } from '../licences/plan.ts';
import type { Queue } from '../model/records.ts';
import type { QueueView } from '../schemas/queues.ts';
import type { Tables } from '../model/changes.ts';
import { revisionOf } from '../model/stamped-map.ts';
import { fullName } from '../users/views.ts';

export const KIND_ORDER = { call: 0, inbound: 1, outbound: 2 } as const;

/** queues.list: every queue by kind then name, with its members. */
export function listQueues(tables: Tables): QueueView[] {
  const memberships = storeMemberships(tables);
  return [...tables.queues.values()].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name)).map((q) => toQueueView(q, { tables }, memberships));
}

/** What queues.list is made of: the queues, the users (names, emails, licences) and the groups (licences they give); no clock. */
export function queuesListRevision(tables: Pick<Tables, 'queues' | 'users' | 'groups'>): string | null {
  return revisionOf([tables.queues, tables.users, tables.groups]);
}

/** A queue with its members; `memberships` once for a whole list (core/licences/effective.ts). */
export function toQueueView(queue: Queue, ctx: Pick<CommandContext, 'tables'>, memberships: Memberships = storeMemberships(ctx.tables)): QueueView {
  const member = (m: Queue['members'][number]) => {
    const user = ctx.tables.users.get(m.userId);
    const via = user ? (licencesOf(user, memberships).find((l) => l.productId === QUEUE_PRODUCT)?.via ?? []) : [];
    return { userId: m.userId, name: user ? fullName(user) : m.userId, email: user?.email ?? '', role: m.role, contactCenterVia: via };
  };
  return {
    id: queue.id,
    kind: queue.kind,
    name: queue.name,
    supervisors: queue.members.filter((m) => m.role === 'supervisor').map(member),
    agents: queue.members.filter((m) => m.role === 'agent').map(member),
  };
}
