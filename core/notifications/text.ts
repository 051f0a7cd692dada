/**
 * A notification in words, core side: what the desktop's native notifications say (the renderer words
 * the bell's list itself, from the same locale keys). One text per kind, typed over the kinds.
 */
import { cardBrand } from '../billing/transaction-words.ts';
import { formatDate, formatMoney } from '../i18n/format.ts';
import { auditLabelKeys } from '../i18n/resources.ts';
import { translate } from '../i18n/translate.ts';
import type { Language } from '../model/records.ts';
import type { Notification, NotificationKind } from '../schemas/notifications.ts';

type Of<K extends NotificationKind> = Extract<Notification, { kind: K }>;

/** The audit action's label, from whichever area holds it (as the Activity view finds it). */
function actionLabel(language: Language, action: string): string {
  for (const key of auditLabelKeys(action)) {
    const text = translate(language, key);
    if (text !== key) return text;
  }
  return action;
}

const BODIES: { [K in NotificationKind]: (n: Of<K>, language: Language, timeZone: string) => string } = {
  payment_failed: (n, language) => translate(language, 'notices.kinds.payment_failed.body', { number: n.invoice.number, amount: formatMoney(n.due.amount, n.due.currency, language) }),
  store_damaged: (n, language) => {
    const part = n.missing?.part ?? 'other';
    const what = part === 'journal' ? translate(language, 'ui.store.parts.journal', { count: n.lost ?? 1 }) : translate(language, `ui.store.parts.${part}`, { period: n.missing?.period ?? '' });
    return translate(language, 'notices.kinds.store_damaged.body', { what });
  },
  remote_change: ({ change }, language) =>
    translate(language, `ui.live.did.${change.action}`, {
      actor: change.actor ? change.actor.name : translate(language, 'ui.activity.system'),
      target: change.target.name,
      product: change.productId ? translate(language, `ui.products.${change.productId}`) : '',
      what: actionLabel(language, change.auditAction),
    }),
  renewal_reminder: (n, language, timeZone) =>
    translate(language, n.card ? 'ui.reminders.renewal' : 'ui.reminders.renewalNoCard', {
      product: translate(language, `ui.products.${n.productId}`),
      // The reader's own zone (My Account), as the renderer shows every date: not the desktop's.
      date: formatDate(n.renewsAt, language, timeZone),
      amount: formatMoney(n.due.amount, n.due.currency, language),
      card: n.card ? `${cardBrand(n.card.brand)} •••• ${n.card.last4}` : '',
    }),
  card_expiry: (n, language) =>
    translate(language, n.expired ? 'ui.reminders.cardExpired' : 'ui.reminders.cardExpiring', { card: `${cardBrand(n.card.brand)} •••• ${n.card.last4}`, expiry: `${String(n.expiry.month).padStart(2, '0')}/${n.expiry.year}` }),
  invitation_accepted: (n, language) => translate(language, 'notices.kinds.invitation_accepted.body', { name: n.user.name, email: n.user.email }),
};

/** In the reader's language and time zone (the session's user's). */
export function notificationText(n: Notification, language: Language, timeZone: string): { title: string; body: string } {
  return { title: translate(language, `notices.kinds.${n.kind}.title`), body: (BODIES[n.kind] as (n: Notification, language: Language, timeZone: string) => string)(n, language, timeZone) };
}
