import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../core/contract.ts';
import { cardBrand } from '../app/format.ts';
import { useSessionStore } from '../app/session-store.ts';
import { useFormatters } from '../app/use-formatters.ts';

type BillingNoticeView = OutputOf<'billing.overview'>['reminders'][number];

/**
 * The renewal and card-expiry reminders in force (core/billing/reminders.ts), for billing viewers: what
 * will be charged, when and to which card; a card to update. Each with the view that acts on it.
 */
export function ReminderNotices({ reminders, here }: { reminders: readonly BillingNoticeView[]; here: 'overview' | 'subscriptions' }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const go = useSessionStore((s) => s.go);
  if (!reminders.length) return null;
  return (
    <section className="reminder-notices" aria-label={t('ui.reminders.label')}>
      {reminders.map((r) => {
        if (r.kind === 'renewal') {
          const params = { product: t(`ui.products.${r.productId}`), date: f.date(r.renewsAt), amount: f.money(r.amount, r.currency), card: r.card ? `${cardBrand(r.card.brand)} •••• ${r.card.last4}` : '' };
          const key = r.amount === 0 ? 'ui.reminders.renewalFree' : r.card ? 'ui.reminders.renewal' : 'ui.reminders.renewalNoCard';
          return (
            <div key={`renewal-${r.subscriptionId}`} className="banner banner-info notice" role="note">
              <span>{t(key, params)}</span>
              {here !== 'subscriptions' && (
                <button type="button" className="btn" onClick={() => go('subscriptions')}>
                  {t('ui.reminders.reviewSubscriptions')}
                </button>
              )}
            </div>
          );
        }
        const params = { card: `${cardBrand(r.brand)} •••• ${r.last4}`, expiry: `${String(r.expMonth).padStart(2, '0')}/${r.expYear}` };
        return (
          <div key={`card-${r.cardId}`} className={`banner ${r.expired ? 'banner-warn' : 'banner-info'} notice`} role="note">
            <span>{t(r.expired ? 'ui.reminders.cardExpired' : 'ui.reminders.cardExpiring', params)}</span>
            <button type="button" className="btn" onClick={() => go('billing-info')}>
              {t('ui.reminders.updateCard')}
            </button>
          </div>
        );
      })}
    </section>
  );
}
