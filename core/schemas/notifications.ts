/**
 * What needs the signed-in user's attention (the bell in the top bar; the urgent ones also as the
 * desktop's native notifications). Each kind carries its own typed facts, which the renderer words in
 * the viewer's language (one text per kind), and the route that opens the view to act on it.
 * A new kind joins the union with its facts and its text; the renderer's table of texts and the native
 * notifications' do not compile until it has one.
 */
import { z } from 'zod';
import { appRouteSchema } from './links.ts';
import { remoteChangeSchema } from './remote-change.ts';
import { STORE_PARTS } from './app.ts';

const money = z.object({ amount: z.number().int(), currency: z.string().length(3) });
/** Derived ids are stable across restarts (`payment_failed:inv_…`), so what was read stays read. */
export const notificationIdSchema = z.string().min(1).max(300);

const common = {
  id: notificationIdSchema,
  /** When it happened (an instant), for the list's order and its "when"; null when unknown (damaged data). */
  at: z.iso.datetime().nullable(),
  /** Urgent ones also appear as the desktop's native notifications. */
  urgent: z.boolean(),
  read: z.boolean(),
  /** The view that shows it, to act on it. */
  route: appRouteSchema,
};

export const notificationSchema = z.discriminatedUnion('kind', [
  /** A renewal's charge failed: its invoice waits as a pending payment. */
  z.object({ ...common, kind: z.literal('payment_failed'), invoice: z.object({ id: z.string(), number: z.string() }), due: money }),
  /** A data file could not be read (moved aside): that data is missing from the views. */
  z.object({ ...common, kind: z.literal('store_damaged'), file: z.string(), lost: z.number().int().nonnegative().optional(), missing: z.object({ part: z.enum(STORE_PARTS), period: z.string().optional() }).optional() }),
  /** Another desktop's change got in the way of what this user was doing (a command it refused). */
  z.object({ ...common, kind: z.literal('remote_change'), change: remoteChangeSchema }),
  /** A renewal is coming (billing/reminders.ts): what it will charge and to which card. */
  z.object({ ...common, kind: z.literal('renewal_reminder'), productId: z.string(), renewsAt: z.iso.datetime(), due: money, card: z.object({ brand: z.string(), last4: z.string() }).nullable() }),
  /** The default card stops working soon (or has). */
  z.object({ ...common, kind: z.literal('card_expiry'), card: z.object({ brand: z.string(), last4: z.string() }), expiry: z.object({ month: z.number().int(), year: z.number().int() }), expired: z.boolean() }),
  /** Someone invited accepted and signed in for the first time. */
  z.object({ ...common, kind: z.literal('invitation_accepted'), user: z.object({ name: z.string(), email: z.string() }) }),
]);
export type Notification = z.infer<typeof notificationSchema>;
export type NotificationKind = Notification['kind'];

export const notificationsListOutput = z.object({
  notifications: z.array(notificationSchema),
  unread: z.number().int().nonnegative(),
});

/** Marks these read (the one the user opened, or every one the list shows: "Mark all as read"). */
export const notificationsMarkReadInput = z.object({ ids: z.array(notificationIdSchema).min(1).max(200) }).strict();
