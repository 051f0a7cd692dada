import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/selectors.ts';
import { useSessionStore } from '../../app/session-store.ts';

/**
 * On every view of a cancelled account: its records stay readable (SPEC §3), and the reactivation is
 * an action here, not a wall in front of the app. A pending request shows its state.
 */
export function CancelledBanner() {
  const { t } = useTranslation();
  const account = useSessionStore((s) => s.session?.account);
  const view = useSessionStore((s) => s.view);
  const go = useSessionStore((s) => s.go);
  const canBill = useCan('billing');
  // The reactivation view says it all itself.
  if (account?.status !== 'cancelled' || view === 'reactivation') return null;
  const state = account.reactivationState;
  return (
    <div className="banner banner-warn notice cancelled-banner" role="region" aria-label={t('ui.reactivate.bannerLabel')}>
      <div>
        <p className="strong">{t('ui.reactivate.bannerTitle')}</p>
        <p>{state ? t('ui.reactivate.bannerRequested', { state: t(`ui.reactivate.states.${state}`) }) : t(canBill ? 'ui.reactivate.bannerBody' : 'ui.reactivate.bannerBodyNoRights')}</p>
      </div>
      <button type="button" className="btn" onClick={() => go('reactivation')}>
        {t(state ? 'ui.reactivate.viewRequest' : canBill ? 'ui.reactivate.open' : 'ui.reactivate.details')}
      </button>
    </div>
  );
}
