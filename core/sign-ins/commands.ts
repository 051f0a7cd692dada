/**
 * Reading the sign-in log: newest first, filtered and paged in one pass like the audit log
 * (core/activity/chronological.ts). Who may manage users reads everyone's attempts (unknown emails
 * included); anyone else, their own.
 */
import type { CommandContext, HandlerMap } from '../app/handler.ts';
import { dayRange, isCalendarDay, seesAll } from '../activity/audit-filter.ts';
import { chronological, pageOf, spanOf } from '../activity/chronological.ts';
import type { SignInEvent } from '../model/records.ts';
import { invalidField } from '../result.ts';
import type { SignInEntryView, SignInListInput } from '../schemas/sign-ins.ts';
import { fullName } from '../users/views.ts';

const DEFAULT_LIMIT = 100;

/** Visible to the viewer and matching the filters: one predicate, cheapest tests first. */
export function signInMatcher(input: SignInListInput, ctx: CommandContext): (event: SignInEvent) => boolean {
  const tests: ((event: SignInEvent) => boolean)[] = [];
  if (!seesAll(ctx)) {
    const me = ctx.actor?.id ?? null;
    tests.push((e) => me !== null && e.userId === me);
  }
  if (input?.userId) tests.push((e) => e.userId === input.userId);
  if (input?.outcome) tests.push((e) => e.outcome === input.outcome);
  if (input?.reason) tests.push((e) => e.outcome === 'failed' && e.reason === input.reason);
  if (input?.method) tests.push((e) => e.method === input.method);
  const needle = input?.user?.trim().toLowerCase();
  if (needle) {
    const names = new Map<string, string>();
    const nameOf = (id: string) => {
      let name = names.get(id);
      if (name === undefined) {
        const user = ctx.tables.users.get(id);
        names.set(id, (name = user ? fullName(user).toLowerCase() : ''));
      }
      return name;
    };
    tests.push((e) => e.email.includes(needle) || (e.userId !== null && nameOf(e.userId).includes(needle)));
  }
  return (event) => tests.every((test) => test(event));
}

function view(ctx: CommandContext, event: SignInEvent): SignInEntryView {
  const user = event.userId ? ctx.tables.users.get(event.userId) : undefined;
  return {
    id: event.id,
    at: event.at,
    user: user ? { id: user.id, name: fullName(user), email: user.email } : null,
    email: event.email,
    method: event.method,
    outcome: event.outcome,
    reason: event.outcome === 'failed' ? event.reason : null,
  };
}

export const signInLogHandlers: HandlerMap<'signIns.list'> = {
  'signIns.list'(input, ctx) {
    for (const field of ['from', 'to'] as const) {
      const day = input?.[field];
      if (day !== undefined && day !== '' && !isCalendarDay(day)) return invalidField(field, 'errors.field.invalid');
    }
    const items = chronological(ctx.tables.signIns);
    const range = dayRange(input ?? {}, ctx.actor?.timeZone ?? 'UTC');
    const span = spanOf(items, { ...range, cursor: input?.cursor, before: input?.before });
    const page = pageOf(items, span, signInMatcher(input, ctx), input?.limit ?? DEFAULT_LIMIT);
    return { ok: true, value: { entries: page.items.map((event) => view(ctx, event)), hasMore: page.hasMore, total: page.total, nextCursor: page.nextCursor } };
  },
};
