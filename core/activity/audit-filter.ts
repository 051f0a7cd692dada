/** Which audit entries a viewer asked for: who, what kind, which target, which days (in their time zone). */
import { TZDate } from '@date-fns/tz';
import type { CommandContext } from '../app/handler.ts';
import { isBillingEntry } from '../audit/record-types.ts';
import type { AuditEntry } from '../model/records.ts';
import type { AuditListInput } from '../schemas/activity.ts';
import { targetMatcher } from './target-label.ts';

/** The actor id that stands for the app's own changes (renewals, the demo seed). */
export const SYSTEM_ACTOR = 'system';

/** Admins read the whole account's log and outbox; anyone else, what they did or what was done to them. */
export function seesAll(ctx: CommandContext): boolean {
  return ctx.caps.has('manage_users');
}

/**
 * What the viewer may read at all: billing entries (cards, billing details, orders, invoices, payments,
 * refunds, subscriptions) only with View billing; the rest of the account's log with Manage users;
 * anyone's own changes and the changes made to them otherwise.
 */
export function mayRead(ctx: CommandContext): (entry: AuditEntry) => boolean {
  const billing = ctx.caps.has('view_billing');
  const all = seesAll(ctx);
  const me = ctx.actor?.id;
  return (e) => (billing || !isBillingEntry(e)) && (all || e.actorId === me || (e.targetType === 'user' && e.targetId === me));
}

/** A calendar day, YYYY-MM-DD, that exists (no 31 February). */
export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The instant a day (YYYY-MM-DD) starts in a time zone, `plusDays` later, as an ISO string. */
export function dayStart(day: string, timeZone: string, plusDays = 0): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const ms = new TZDate(year, month - 1, date + plusDays, timeZone).getTime();
  const iso = new Date(Number.isNaN(ms) ? Date.UTC(year, month - 1, date + plusDays) : ms).toISOString();
  // Past year 9999 ISO strings turn "+010000-…" and no longer compare as text: no bound then.
  return /^\d{4}-/.test(iso) ? iso : '9999-12-31T23:59:59.999Z';
}

/** The days from/to, both included, as instants [fromAt, toAt). */
export function dayRange(input: { from?: string | undefined; to?: string | undefined }, timeZone: string) {
  return {
    fromAt: input.from ? dayStart(input.from, timeZone) : undefined,
    toAt: input.to ? dayStart(input.to, timeZone, 1) : undefined,
  };
}

/** Whether an action falls under a kind: a prefix ending in a dot ("user."), a segment path ("user.products") or the action itself. */
export function kindMatcher(kind: string): (action: string) => boolean {
  if (kind.endsWith('.')) return (action) => action.startsWith(kind);
  const prefix = `${kind}.`;
  return (action) => action === kind || action.startsWith(prefix);
}

/** Everything but the day range (which bounds the scan instead): one predicate, cheapest tests first. */
export function auditMatcher(input: AuditListInput, ctx: CommandContext): (entry: AuditEntry) => boolean {
  const tests: ((entry: AuditEntry) => boolean)[] = [mayRead(ctx)];
  if (input?.actorId) {
    const actorId = input.actorId === SYSTEM_ACTOR ? null : input.actorId;
    tests.push((e) => e.actorId === actorId);
  }
  if (input?.targetType) tests.push((e) => e.targetType === input.targetType);
  if (input?.targetId) tests.push((e) => e.targetId === input.targetId);
  if (input?.kind) {
    const inKind = kindMatcher(input.kind);
    tests.push((e) => inKind(e.action));
  }
  const needle = input?.target?.trim().toLowerCase();
  if (needle) tests.push(targetMatcher(ctx.tables, needle));
  return (entry) => tests.every((test) => test(entry));
}
