/** Where a user sits in the Contact Center queues (SPEC §5): each seat there keeps a billed licence. */
import type { Tables } from '../model/changes.ts';
import type { QueueKind, QueueRole } from '../model/records.ts';

export interface QueuePlace {
  queueId: string;
  kind: QueueKind;
  name: string;
  role: QueueRole;
}

/** The queues holding the user, by kind then name. */
export function queuesOfUser(tables: Pick<Tables, 'queues'>, userId: string): QueuePlace[] {
  const places: QueuePlace[] = [];
  for (const queue of tables.queues.values()) {
    const member = queue.members.find((m) => m.userId === userId);
    if (member) places.push({ queueId: queue.id, kind: queue.kind, name: queue.name, role: member.role });
  }
  return places.sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
}

/** Every queued user's places, built in one pass (bulk and CSV ask for many users at once). */
export function queuePlacesByUser(tables: Pick<Tables, 'queues'>): Map<string, QueuePlace[]> {
  const byUser = new Map<string, QueuePlace[]>();
  for (const queue of tables.queues.values()) {
    for (const m of queue.members) {
      const list = byUser.get(m.userId) ?? [];
      list.push({ queueId: queue.id, kind: queue.kind, name: queue.name, role: m.role });
      byUser.set(m.userId, list);
    }
  }
  for (const list of byUser.values()) list.sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
  return byUser;
}
