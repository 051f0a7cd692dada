/** The audit log and the outbox, newest first. Admins see the account's; others see their own. */
import type { CommandContext, HandlerMap } from '../app/handler.ts';
import type { AuditEntry, OutboxEmail } from '../model/records.ts';
import { fullName } from '../users/views.ts';

const DEFAULT_LIMIT = 100;

function page<T extends { at: string; id: string }>(items: Iterable<T>, keep: (item: T) => boolean, input: { limit?: number; before?: string } | undefined) {
  const limit = input?.limit ?? DEFAULT_LIMIT;
  const before = input?.before;
  const kept = [...items].filter((item) => keep(item) && (!before || item.at < before));
  kept.sort((a, b) => (a.at === b.at ? b.id.localeCompare(a.id) : b.at.localeCompare(a.at)));
  return { items: kept.slice(0, limit), hasMore: kept.length > limit };
}

function seesAll(ctx: CommandContext): boolean {
  return ctx.caps.has('manage_users');
}

export const activityHandlers: HandlerMap<'audit.list' | 'outbox.list'> = {
  'audit.list'(input, ctx) {
    const me = ctx.actor?.id;
    const keep = (e: AuditEntry) => seesAll(ctx) || e.actorId === me || e.targetId === me;
    const { items, hasMore } = page(ctx.tables.audit.values(), keep, input);
    const name = (id: string | null) => {
      const user = id ? ctx.tables.users.get(id) : undefined;
      return user ? fullName(user) : id ? id : 'system';
    };
    return { ok: true, value: { entries: items.map((e) => ({ ...e, actorName: name(e.actorId) })), hasMore } };
  },

  'outbox.list'(input, ctx) {
    const me = ctx.actor?.id;
    const keep = (e: OutboxEmail) => seesAll(ctx) || e.userId === me;
    const { items, hasMore } = page(ctx.tables.outbox.values(), keep, input);
    return { ok: true, value: { emails: items, hasMore } };
  },
};
