/**
 * The notification centre's list, derived from the state each time it is asked (so it survives a
 * restart and clears itself once the cause is gone): pending payments after a failed renewal, damaged
 * data files, renewal and card-expiry reminders in force, invitations accepted in the last two weeks,
 * other desktops' changes that refused one of the user's commands. Per user: each sees
 * only what their rights let them act on; what they read is kept per user (the `noticeReads` records).
 */
import { pendingInvoices } from '../account/pending.ts';
import type { CommandContext } from '../app/handler.ts';
import { missingPart } from '../app/store-problems.ts';
import type { Tables } from '../model/changes.ts';
import { can, REQUIREMENTS } from '../permissions/matrix.ts';
import type { AppRoute } from '../schemas/links.ts';
import type { Notification } from '../schemas/notifications.ts';
import type { RemoteChange } from '../schemas/remote-change.ts';
import { billingNotices } from '../billing/reminders.ts';
import { fullName } from '../users/views.ts';
import { remoteNoticeId } from './remote.ts';

/** An accepted invitation stays in the administrators' list for two weeks. */
export const ACCEPTED_SHOWN_MS = 14 * 86_400_000;

type Unread = Notification extends infer N ? (N extends unknown ? Omit<N, 'read'> : never) : never;
type Context = Pick<CommandContext, 'tables' | 'actor' | 'account' | 'ports'> & { remoteNotices?: { of(userId: string): readonly RemoteChange[] } };

/** The view where a remote change shows: the user in People, the invoice, the subscription… else the Activity log. */
export function remoteChangeRoute(tables: Tables, change: RemoteChange): AppRoute {
  const { type, id } = change.target;
  if (type === 'user') {
    const email = tables.users.get(id)?.email;
    return email ? { view: 'people', email } : { view: 'people' };
  }
  if (type === 'invoice') {
    const number = tables.invoices.get(id)?.number;
    if (number) return { view: 'invoice', number };
  }
  if (type === 'subscription') return { view: 'subscriptions', id };
  if (type === 'role') return { view: 'roles' };
  if (type === 'queue') return { view: 'queues' };
  if (type === 'card' || type === 'account') return { view: 'billing-info' };
  return { view: 'activity' };
}

/** Every notification this user may see, newest first (those without a time, damaged data, lead). */
export function deriveNotifications(ctx: Context): Notification[] {
  const { actor, account, tables } = ctx;
  if (!actor) return [];
  const may = (channel: keyof typeof REQUIREMENTS) => can(actor, account, tables.roles, REQUIREMENTS[channel]);
  const found: Unread[] = [];
  if (may('payments.pending')) {
    for (const invoice of pendingInvoices(ctx).invoices) {
      found.push({
        kind: 'payment_failed',
        id: `payment_failed:${invoice.id}`,
        at: invoice.issuedAt,
        urgent: true,
        route: { view: 'invoice', number: invoice.number },
        invoice: { id: invoice.id, number: invoice.number },
        due: { amount: invoice.outstanding, currency: invoice.currency },
      });
    }
  }
  if (may('store.acknowledgeProblems')) {
    for (const problem of ctx.ports.store.problems) {
      if (problem.kind !== 'corrupt_file' && problem.kind !== 'corrupt_journal') continue;
      const missing = missingPart(problem);
      const file = problem.movedTo ?? problem.file;
      found.push({ kind: 'store_damaged', id: `store_damaged:${file}`.slice(0, 300), at: null, urgent: true, route: { view: 'overview' }, file, ...(problem.lost !== undefined ? { lost: problem.lost } : {}), ...(missing ? { missing } : {}) });
    }
  }
  if (may('invoices.list')) {
    for (const notice of billingNotices(tables, ctx.ports.clock.now())) {
      if (notice.kind === 'renewal') {
        found.push({
          kind: 'renewal_reminder',
          id: `renewal_reminder:${notice.subscriptionId}:${notice.renewsAt}`,
          at: notice.remindedAt,
          urgent: false,
          route: { view: 'subscriptions', id: notice.subscriptionId },
          productId: notice.productId,
          renewsAt: notice.renewsAt,
          due: { amount: notice.amount, currency: notice.currency },
          card: notice.card,
        });
      } else {
        const expiry = `${notice.expYear}-${String(notice.expMonth).padStart(2, '0')}`;
        found.push({
          kind: 'card_expiry',
          // A card that expired after its reminder is news again: a new id, unread.
          id: `card_expiry:${notice.cardId}:${expiry}${notice.expired ? ':expired' : ''}`,
          at: notice.remindedAt,
          urgent: notice.expired,
          route: { view: 'billing-info' },
          card: { brand: notice.brand, last4: notice.last4 },
          expiry: { month: notice.expMonth, year: notice.expYear },
          expired: notice.expired,
        });
      }
    }
  }
  if (may('users.list')) {
    const since = ctx.ports.clock.now().getTime() - ACCEPTED_SHOWN_MS;
    for (const user of tables.users.values()) {
      if (!user.invitationAcceptedAt || Date.parse(user.invitationAcceptedAt) < since) continue;
      found.push({ kind: 'invitation_accepted', id: `invitation_accepted:${user.id}`, at: user.invitationAcceptedAt, urgent: false, route: { view: 'people', email: user.email }, user: { name: fullName(user), email: user.email } });
    }
  }
  for (const change of ctx.remoteNotices?.of(actor.id) ?? []) {
    found.push({ kind: 'remote_change', id: remoteNoticeId(change), at: change.at, urgent: false, route: remoteChangeRoute(tables, change), change });
  }
  const read = new Set(tables.noticeReads.get(actor.id)?.read ?? []);
  return found
    .map((n) => ({ ...n, read: read.has(n.id) }) as Notification)
    .sort((a, b) => (a.at === b.at ? 0 : a.at === null ? -1 : b.at === null ? 1 : b.at.localeCompare(a.at)));
}
