/** What the audit log holds, for the filters: kinds of change derived from the actions, actors, target types. */
import type { CommandContext } from '../app/handler.ts';
import type { AuditEntry } from '../model/records.ts';
import type { OutputOf } from '../contract.ts';
import { fullName } from '../users/views.ts';
import { SYSTEM_ACTOR } from './audit-filter.ts';

type Facets = OutputOf<'audit.facets'>;

/** Every proper prefix of the actions, as kinds ("user.products.assigned" → "user.", "user.products."), with counts. */
export function kindsOf(actionCounts: ReadonlyMap<string, number>): Facets['kinds'] {
  const kinds = new Map<string, number>();
  for (const [action, count] of actionCounts) {
    const segments = action.split('.');
    for (let n = 1; n < segments.length; n++) {
      const kind = `${segments.slice(0, n).join('.')}.`;
      kinds.set(kind, (kinds.get(kind) ?? 0) + count);
    }
  }
  return [...kinds].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([kind, count]) => ({ kind, count }));
}

export function actorName(ctx: CommandContext, actorId: string | null): string {
  if (!actorId) return SYSTEM_ACTOR;
  const user = ctx.tables.users.get(actorId);
  return user ? fullName(user) || user.email : actorId;
}

/** One pass over the entries the viewer may read. */
export function auditFacets(ctx: CommandContext, entries: Iterable<AuditEntry>, visible: (entry: AuditEntry) => boolean): Facets {
  const actions = new Map<string, number>();
  const actors = new Map<string | null, number>();
  const targetTypes = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    if (!visible(entry)) continue;
    total++;
    actions.set(entry.action, (actions.get(entry.action) ?? 0) + 1);
    actors.set(entry.actorId, (actors.get(entry.actorId) ?? 0) + 1);
    targetTypes.add(entry.targetType);
  }
  const people = [...actors].map(([id, count]) => ({ id: id ?? SYSTEM_ACTOR, name: actorName(ctx, id), count }));
  people.sort((a, b) => (a.id === SYSTEM_ACTOR ? 1 : b.id === SYSTEM_ACTOR ? -1 : a.name.localeCompare(b.name)));
  return { kinds: kindsOf(actions), actors: people, targetTypes: [...targetTypes].sort(), total };
}
