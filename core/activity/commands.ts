/**
 * The audit log and the outbox, newest first, filtered and paged in one pass over time-ordered
 * records. Admins read the account's; anyone else, their own.
 */
import type { CommandContext, HandlerMap } from '../app/handler.ts';
import { readEntry } from '../audit/read.ts';
import type { AuditEntry, OutboxEmail } from '../model/records.ts';
import { invalidField } from '../result.ts';
import type { OutboxListInput } from '../schemas/activity.ts';
import { fullName } from '../users/views.ts';
import { actorName, auditFacets } from './audit-facets.ts';
import { auditMatcher, dayRange, isCalendarDay, seesAll } from './audit-filter.ts';
import { chronological, pageOf, spanOf } from './chronological.ts';
import { targetLabel } from './target-label.ts';

const DEFAULT_LIMIT = 100;

function auditView(ctx: CommandContext, entry: AuditEntry) {
  const target = targetLabel(ctx.tables, entry);
  return {
    ...entry,
    ...readEntry(ctx.tables, entry),
    actorName: actorName(ctx, entry.actorId),
    targetLabel: target.label,
    ...(target.detail ? { targetDetail: target.detail } : {}),
  };
}

function recipientName(ctx: CommandContext, email: OutboxEmail): string {
  const user = email.userId ? ctx.tables.users.get(email.userId) : undefined;
  return user ? fullName(user) : '';
}

/** Visible to the viewer and matching the filters; notes each visible email's template on the way. */
function outboxMatcher(input: OutboxListInput, ctx: CommandContext, templates: Set<string>): (email: OutboxEmail) => boolean {
  const all = seesAll(ctx);
  const me = ctx.actor?.id;
  const needle = input?.recipient?.trim().toLowerCase();
  const names = new Map<string, string>();
  const nameOf = (email: OutboxEmail) => {
    const key = email.userId ?? '';
    let name = names.get(key);
    if (name === undefined) names.set(key, (name = recipientName(ctx, email).toLowerCase()));
    return name;
  };
  return (email) => {
    if (!all && email.userId !== me) return false;
    templates.add(email.template);
    if (input?.template && email.template !== input.template) return false;
    return !needle || email.to.toLowerCase().includes(needle) || nameOf(email).includes(needle);
  };
}

export const activityHandlers: HandlerMap<'audit.list' | 'audit.facets' | 'outbox.list'> = {
  'audit.list'(input, ctx) {
    for (const field of ['from', 'to'] as const) {
      const day = input?.[field];
      if (day !== undefined && day !== '' && !isCalendarDay(day)) return invalidField(field, 'errors.field.invalid');
    }
    const items = chronological(ctx.tables.audit);
    const range = dayRange(input ?? {}, ctx.actor?.timeZone ?? 'UTC');
    const span = spanOf(items, { ...range, cursor: input?.cursor, before: input?.before });
    const page = pageOf(items, span, auditMatcher(input, ctx), input?.limit ?? DEFAULT_LIMIT);
    const entries = page.items.map((entry) => auditView(ctx, entry));
    return { ok: true, value: { entries, hasMore: page.hasMore, total: page.total, nextCursor: page.nextCursor } };
  },

  'audit.facets'(_input, ctx) {
    return { ok: true, value: auditFacets(ctx, ctx.tables.audit.values(), auditMatcher(undefined, ctx)) };
  },

  'outbox.list'(input, ctx) {
    const items = chronological(ctx.tables.outbox);
    const templates = new Set<string>();
    const span = spanOf(items, { cursor: input?.cursor, before: input?.before });
    const page = pageOf(items, span, outboxMatcher(input, ctx, templates), input?.limit ?? DEFAULT_LIMIT);
    const emails = page.items.map((email) => ({ ...email, recipientName: recipientName(ctx, email) }));
    return { ok: true, value: { emails, hasMore: page.hasMore, total: page.total, nextCursor: page.nextCursor, templates: [...templates].sort() } };
  },
};
