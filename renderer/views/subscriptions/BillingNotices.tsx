import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/use-formatters.ts';
import { ReminderNotices } from '../../components/ReminderNotices.tsx';
import { useBillingMode, useTrialEnded } from './selectors.ts';
import { useSubscriptionsStore } from './store.ts';

/** Offline / corporate accounts, the free trial, a pending payment and reminders in force: said once, above the cards. */
export function BillingNotices() {
  const { t } = useTranslation();
  const f = useFormatters();
  const mode = useBillingMode();
  const overview = useSubscriptionsStore((s) => s.overview);
  const trialEndsAt = overview?.trialEndsAt ?? null;
  const trialEnded = useTrialEnded();
  return (
    <>
      {mode === 'offline' && <p className="banner banner-info" role="note">{t('ui.billing.offlineNotice')}</p>}
      {mode === 'corporate' && <p className="banner banner-info" role="note">{t('ui.billing.corporateNotice')}</p>}
      {overview?.status === 'past_due' && <p className="banner banner-warn" role="alert">{t('errors.billing.pastDue')}</p>}
      {trialEndsAt && overview?.trialDaysLeft != null && (
        <p className="banner banner-info trial" role="note">
          {t('ui.subscriptions.trial.active', { count: overview.trialDaysLeft, date: f.date(trialEndsAt) })}
        </p>
      )}
      {trialEndsAt && trialEnded && (
        <p className="banner banner-warn trial" role="note">
          {t('ui.subscriptions.trial.ended', { date: f.date(trialEndsAt) })}
        </p>
      )}
      {overview && <ReminderNotices reminders={overview.reminders} here="subscriptions" />}
    </>
  );
}
