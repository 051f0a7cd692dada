/**
 * Reminders before money moves (issue: finance-ready billing):
 * - N days before a renewal (7 and 1 by default; billing contacts choose), every active billing contact
 *   gets an email with the amount that will be charged and the card, and billing views show a notice
 *   until the renewal happens;
 * - 30 days before the default card expires, a reminder to update it.
 * They run with the renewals (at start and hourly): one that fell due while the app was closed goes out
 * once, on the next start, after any renewal that was due — so never for a renewal already made. What
 * was sent is kept on the subscription (per period) and on the card (per expiry), in the commit that
 * writes the email: never twice, across restarts and desktops.
 */
import { TZDate } from '@date-fns/tz';
import type { CommandContext } from '../app/handler.ts';
import { findPlan, findProduct } from '../catalog/catalog.ts';
import { formatDate, formatMoney } from '../i18n/format.ts';
import { translate } from '../i18n/translate.ts';
import { put, type Change, type Tables } from '../model/changes.ts';
import type { Account, Card, InvoiceLine, Subscription, User } from '../model/records.ts';
import { renderEmail } from '../notifications/render-email.ts';
import { cardLabel as labelOf } from '../audit/address-line.ts';
import { totals } from './quote.ts';
import { addIntervals } from './periods.ts';
import { itemsOf } from './subscription-state.ts';
import { defaultCard } from './views.ts';

export const DAY_MS = 86_400_000;
export const DEFAULT_REMINDER_DAYS: readonly number[] = [7, 1];
/** The choices billing contacts have (Billing info > Invoices). */
export const REMINDER_DAY_CHOICES: readonly number[] = [30, 14, 7, 3, 1];
export const CARD_REMINDER_DAYS = 30;

/** The lines the next renewal of `sub` will invoice: every item, for the period after the current one. */
export function renewalLines(sub: Subscription, timeZone: string): InvoiceLine[] {
  const at = sub.periodEnd;
  const periodEnd = addIntervals(sub.anchorAt, sub.interval, sub.periodIndex + 2, timeZone);
  return itemsOf(sub).map((item) => ({
    kind: 'charge' as const,
    subscriptionId: sub.id,
    productId: item.productId,
    planId: item.planId,
    interval: sub.interval,
    periodStart: at,
    periodEnd,
    quantity: item.seats,
    unitAmount: item.unitAmount,
    amount: item.unitAmount * item.seats,
  }));
}

/** What the next renewal of `sub` will charge the card, tax included, after the account's credit. */
export function renewalCharge(account: Account, sub: Subscription): number {
  return totals(account, renewalLines(sub, account.timeZone)).amountDue;
}

export function reminderDays(account: Account): readonly number[] {
  return account.invoiceSettings?.reminderDays ?? DEFAULT_REMINDER_DAYS;
}

/** "2029-08": the expiry a reminder is kept for. */
const expiryKey = (card: Card) => `${card.expYear}-${String(card.expMonth).padStart(2, '0')}`;

/** The first instant a card no longer works: the start of the month after its expiry, in the account's zone. */
export function cardExpiresAt(card: Card, timeZone: string): Date {
  return new Date(new TZDate(card.expYear, card.expMonth, 1, timeZone).getTime());
}

/** The renewal reminder days of `sub` that have fallen due at `now` and were not sent for this period. */
function dueDays(sub: Subscription, days: readonly number[], now: Date): number[] {
  const end = Date.parse(sub.periodEnd);
  if (now.getTime() >= end) return [];
  const sent = sub.reminded?.periodIndex === sub.periodIndex ? sub.reminded.days : [];
  return days.filter((d) => end - d * DAY_MS <= now.getTime() && !sent.includes(d));
}

const billingContacts = (tables: Tables): User[] => [...tables.users.values()].filter((u) => u.billingContact && u.status === 'active');

function productName(language: User['language'], sub: Subscription): string {
  const product = translate(language, `ui.products.${sub.productId}`, { defaultValue: findProduct(sub.productId)?.name ?? sub.productId });
  return `${product} ${findPlan(sub.planId)?.name ?? ''}`.trim();
}

/** Every reminder due at `ctx.now`: the emails and what marks them sent, to commit together. */
export function remindersDue(ctx: Pick<CommandContext, 'now' | 'ports' | 'tables'>): Change[] {
  const { tables, now } = ctx;
  const account = tables.account.get('account');
  if (!account || account.status === 'cancelled') return [];
  const contacts = billingContacts(tables);
  const changes: Change[] = [];
  const card = defaultCard(tables);
  const cardLabel = card ? labelOf(card) : null;
  const days = reminderDays(account);

  for (const sub of tables.subscriptions.values()) {
    if (!sub.autoRenew) continue;
    const due = dueDays(sub, days, now);
    if (!due.length) continue;
    // A start after a long closure may find several days due: one email, the nearest one's.
    const sent = sub.reminded?.periodIndex === sub.periodIndex ? sub.reminded.days : [];
    changes.push(put('subscriptions', sub.id, { ...sub, reminded: { periodIndex: sub.periodIndex, days: [...sent, ...due].sort((a, b) => b - a) } }));
    const amount = renewalCharge(account, sub);
    for (const to of contacts) {
      const mail = renderEmail(ctx, to, 'renewal_reminder', amount > 0 ? 'email.renewalReminder' : 'email.renewalReminderFree', {
        product: productName(to.language, sub),
        date: formatDate(sub.periodEnd, to.language, to.timeZone),
        amount: formatMoney(amount, account.currency, to.language),
        card: cardLabel ?? translate(to.language, 'email.renewalReminder.noCard'),
      });
      changes.push(put('outbox', mail.id, mail));
    }
  }

  if (card && card.expiryReminded !== expiryKey(card)) {
    const expires = cardExpiresAt(card, account.timeZone).getTime();
    if (now.getTime() >= expires - CARD_REMINDER_DAYS * DAY_MS) {
      changes.push(put('cards', card.id, { ...card, expiryReminded: expiryKey(card) }));
      for (const to of contacts) {
        const mail = renderEmail(ctx, to, 'card_expiring', now.getTime() >= expires ? 'email.cardExpired' : 'email.cardExpiring', {
          card: cardLabel!,
          expiry: `${String(card.expMonth).padStart(2, '0')}/${card.expYear}`,
        });
        changes.push(put('outbox', mail.id, mail));
      }
    }
  }
  return changes;
}

export type BillingNotice =
  | { kind: 'renewal'; subscriptionId: string; productId: string; planId: string; renewsAt: string; remindedAt: string; amount: number; currency: Account['currency']; card: { brand: string; last4: string } | null }
  | { kind: 'card_expiry'; cardId: string; brand: string; last4: string; expMonth: number; expYear: number; expired: boolean; remindedAt: string };

/**
 * The reminders in force, for billing views: a renewal reminded for its current period (until it
 * renews) and a default card reminded for its current expiry (until it is updated or replaced).
 */
export function billingNotices(tables: Tables, now: Date): BillingNotice[] {
  const account = tables.account.get('account');
  if (!account || account.status === 'cancelled') return [];
  const card = defaultCard(tables);
  const notices: BillingNotice[] = [];
  const subs = [...tables.subscriptions.values()].filter((s) => s.autoRenew && s.reminded?.periodIndex === s.periodIndex && Date.parse(s.periodEnd) > now.getTime());
  subs.sort((a, b) => a.periodEnd.localeCompare(b.periodEnd));
  for (const sub of subs) {
    // When the first reminder of this period fell due: the furthest day sent.
    const remindedAt = new Date(Date.parse(sub.periodEnd) - Math.max(...sub.reminded!.days) * DAY_MS).toISOString();
    notices.push({ kind: 'renewal', subscriptionId: sub.id, productId: sub.productId, planId: sub.planId, renewsAt: sub.periodEnd, remindedAt, amount: renewalCharge(account, sub), currency: account.currency, card: card ? { brand: card.brand, last4: card.last4 } : null });
  }
  if (card && card.expiryReminded === expiryKey(card)) {
    const expires = cardExpiresAt(card, account.timeZone).getTime();
    const remindedAt = new Date(expires - CARD_REMINDER_DAYS * DAY_MS).toISOString();
    notices.push({ kind: 'card_expiry', cardId: card.id, brand: card.brand, last4: card.last4, expMonth: card.expMonth, expYear: card.expYear, expired: now.getTime() >= expires, remindedAt });
  }
  return notices;
}
