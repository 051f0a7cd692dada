/** What the audit log holds, for the filters: kinds of change derived from the actions, actors, target types. */
import type { CommandContext } from '../app/handler.ts';
import type { AuditEntry } from '../model/records.ts';
import type { OutputOf } from '../contract.ts';
import { fullName } from '../users/views.ts';
import { SYSTEM_ACTOR } from './audit-filter.ts';
import { StampedMap } from '../model/stamped-map.ts';

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
  return actorOf(ctx, actorId).name;
}

interface Actor {
  name: string;
  /** The email that tells apart two people of the same name ('' for the app itself). */
  email: string;
}

/**
 * Who made a change: the user as they are now, or, for someone deleted since, the name and email
 * their deletion recorded — never their internal id.
 */
export function actorOf(ctx: CommandContext, actorId: string | null): Actor {
  if (!actorId) return { name: SYSTEM_ACTOR, email: '' };
  const user = ctx.tables.users.get(actorId);
  if (user) return { name: fullName(user) || user.email, email: user.email };
  return formerUsers(ctx.tables.audit).get(actorId) ?? { name: actorId, email: '' };
}

/** Deleted users by id, from their deletions' entries; read again only once the audit table has changed. */
let former: { table: ReadonlyMap<string, AuditEntry>; stamp: number; users: Map<string, Actor> } | null = null;
function formerUsers(audit: ReadonlyMap<string, AuditEntry>): Map<string, Actor> {
  const stamp = audit instanceof StampedMap ? audit.stamp : -1;
  if (former && former.table === audit && former.stamp === stamp && stamp !== -1) return former.users;
  const users = new Map<string, Actor>();
  for (const entry of audit.values()) {
    if (entry.action !== 'user.deleted' || !entry.before) continue;
    const word = (field: string) => {
      const value = entry.before?.[field] as { kind?: string; text?: string } | undefined;
      return value?.kind === 'text' ? (value.text ?? '') : '';
    };
    const email = word('email');
    const name = `${word('firstName')} ${word('lastName')}`.trim() || email;
    if (name) users.set(entry.targetId, { name, email });
  }
  former = { table: audit, stamp, users };
  return users;
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
  const people = [...actors].map(([id, count]) => ({ id: id ?? SYSTEM_ACTOR, ...actorOf(ctx, id), count }));
  people.sort((a, b) => (a.id === SYSTEM_ACTOR ? 1 : b.id === SYSTEM_ACTOR ? -1 : a.name.localeCompare(b.name)));
  return { kinds: kindsOf(actions), actors: people, targetTypes: [...targetTypes].sort(), total };
}
