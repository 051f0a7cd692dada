/** The side panel's view of one user: products with their features, queues, and history. */
import { actorName } from '../activity/audit-facets.ts';
import { mayRead } from '../activity/audit-filter.ts';
import { readEntry } from '../audit/read.ts';
import type { CommandContext } from '../app/handler.ts';
import type { AuditEntry, User } from '../model/records.ts';
import { licencesOf, storeMemberships } from '../licences/effective.ts';
import { queuesOfUser } from '../queues/views.ts';
import type { AuditEntryView } from '../schemas/activity.ts';
import type { UserDetail } from '../schemas/users.ts';
import { toSummary } from './views.ts';

export const HISTORY_LIMIT = 50;

const newestFirst = (a: AuditEntry, b: AuditEntry) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1);

/** The audit entries about the user, newest first, at most `limit`, shaped as the audit log shows them. */
export function historyOf(ctx: CommandContext, userId: string, limit = HISTORY_LIMIT): AuditEntryView[] {
  const mine: AuditEntry[] = [];
  const readable = mayRead(ctx);
  for (const entry of ctx.tables.audit.values()) if (entry.targetType === 'user' && entry.targetId === userId && readable(entry)) mine.push(entry);
  return mine
    .sort(newestFirst)
    .slice(0, limit)
    .map((entry) => ({ ...entry, ...readEntry(ctx.tables, entry), actorName: actorName(ctx, entry.actorId) }));
}

/** When a direct licence was given (one a group gives has no date of its own). */
function assignedAt(user: User, productId: string): { assignedAt?: string } {
  const at = user.products.find((p) => p.productId === productId)?.assignedAt;
  return at ? { assignedAt: at } : {};
}

export function toDetail(user: User, ctx: CommandContext): UserDetail {
  const { tables } = ctx;
  const memberships = storeMemberships(tables);
  return {
    ...toSummary(user, tables.roles, memberships),
    products: licencesOf(user, memberships).map((l) => ({ ...l, ...assignedAt(user, l.productId) })),
    groups: (memberships.get(user.id) ?? []).map((g) => ({ id: g.id, name: g.name })),
    queues: queuesOfUser(tables, user.id),
    history: historyOf(ctx, user.id),
    createdAt: user.createdAt,
    ...(user.status === 'invited' && user.invitation ? { invitationExpiresAt: user.invitation.expiresAt } : {}),
    twoStep: !!user.twoStep,
  };
}
