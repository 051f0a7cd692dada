/** The notification centre's channels: the signed-in user's list, and marking what they read. */
import type { HandlerMap } from '../app/handler.ts';
import { put } from '../model/changes.ts';
import type { Notification } from '../schemas/notifications.ts';
import { deriveNotifications } from './derive.ts';

/** How many read ids a user keeps: far more than ever listed at once; the oldest go first. */
export const MAX_READ = 500;

const listOf = (notifications: Notification[]) => ({ notifications, unread: notifications.filter((n) => !n.read).length });

export const notificationsHandlers: HandlerMap<'notifications.list' | 'notifications.markRead'> = {
  'notifications.list'(_input, ctx) {
    return { ok: true, value: listOf(deriveNotifications(ctx)) };
  },

  /** Only ids of notifications the user has now are kept: an id from elsewhere is ignored, not stored. */
  'notifications.markRead'(input, ctx) {
    const actor = ctx.actor!;
    const current = deriveNotifications(ctx);
    const wanted = new Set(input.ids);
    const newly = current.filter((n) => !n.read && wanted.has(n.id));
    if (newly.length === 0) return { ok: true, value: listOf(current) };
    const before = ctx.tables.noticeReads.get(actor.id)?.read ?? [];
    const read = [...before, ...newly.map((n) => n.id)].slice(-MAX_READ);
    const after = current.map((n) => (wanted.has(n.id) ? { ...n, read: true } : n));
    return { ok: true, value: listOf(after), changes: [put('noticeReads', actor.id, { id: actor.id, read })] };
  },
};
