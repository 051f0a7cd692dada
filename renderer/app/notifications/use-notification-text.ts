/**
 * Each kind of notification in words of the viewer's language: a title and a sentence from its typed
 * facts (money and dates through the formatters). The table is typed over the kinds: a new kind does
 * not compile until it has its text here.
 */
import { useTranslation } from 'react-i18next';
import type { Notification, NotificationKind } from '../../../core/contract.ts';
import { useRemoteChangeText } from '../../components/RemoteChanges.tsx';
import { formatPeriod } from '../StoreProblems.tsx';
import { cardBrand } from '../format.ts';
import { useFormatters } from '../use-formatters.ts';

type Of<K extends NotificationKind> = Extract<Notification, { kind: K }>;
type Texts = { [K in NotificationKind]: (n: Of<K>) => string };

export function useNotificationText(): (n: Notification) => { title: string; body: string } {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const remote = useRemoteChangeText();
  const bodies: Texts = {
    payment_failed: (n) => t('notices.kinds.payment_failed.body', { number: n.invoice.number, amount: format.money(n.due.amount, n.due.currency) }),
    store_damaged: (n) => {
      const part = n.missing?.part ?? 'other';
      const what = part === 'journal' ? t('ui.store.parts.journal', { count: n.lost ?? 1 }) : t(`ui.store.parts.${part}`, { period: n.missing?.period ? formatPeriod(n.missing.period, i18n.language) : '' });
      return t('notices.kinds.store_damaged.body', { what });
    },
    remote_change: (n) => remote(n.change),
    renewal_reminder: (n) =>
      t(n.card ? 'ui.reminders.renewal' : 'ui.reminders.renewalNoCard', {
        product: t(`ui.products.${n.productId}`),
        date: format.date(n.renewsAt),
        amount: format.money(n.due.amount, n.due.currency),
        card: n.card ? `${cardBrand(n.card.brand)} •••• ${n.card.last4}` : '',
      }),
    card_expiry: (n) => t(n.expired ? 'ui.reminders.cardExpired' : 'ui.reminders.cardExpiring', { card: `${cardBrand(n.card.brand)} •••• ${n.card.last4}`, expiry: `${String(n.expiry.month).padStart(2, '0')}/${n.expiry.year}` }),
    invitation_accepted: (n) => t('notices.kinds.invitation_accepted.body', { name: n.user.name, email: n.user.email }),
  };
  return (n) => ({ title: t(`notices.kinds.${n.kind}.title`), body: (bodies[n.kind] as (n: Notification) => string)(n) });
}
