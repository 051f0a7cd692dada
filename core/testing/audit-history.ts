/** Synthetic audit history for the activity tests: many entries, put straight into a fixture's table. */
import type { Tables } from '../model/changes.ts';
import type { AuditEntry } from '../model/records.ts';

export const ACTIONS = ['user.personal_info.updated', 'user.products.assigned', 'user.products.removed', 'user.password.changed', 'role.saved', 'queue.member.removed', 'card.added', 'order.placed'];

/** Replaces the audit log with these entries, in this (insertion) order. */
export function replaceAudit(tables: Tables, entries: AuditEntry[]): void {
  tables.audit.clear();
  for (const entry of entries) tables.audit.set(entry.id, entry);
}

/** `count` entries one minute apart from `start`, cycling through actors, actions and user targets. */
export function history(count: number, actors: (string | null)[], targets: string[], start = Date.parse('2020-01-01T00:00:00.000Z')): AuditEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const action = ACTIONS[i % ACTIONS.length]!;
    const targetType = action.split('.')[0]!;
    return {
      id: `aud_bulk_${i}`,
      at: new Date(start + i * 60_000).toISOString(),
      actorId: actors[i % actors.length]!,
      action,
      targetType,
      targetId: targetType === 'user' ? targets[i % targets.length]! : `${targetType}_${i % 7}`,
      before: { n: i - 1 },
      after: { n: i },
    };
  });
}
