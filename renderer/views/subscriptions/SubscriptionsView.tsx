import { useReload } from '../../app/live-updates.ts';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/selectors.ts';
import { useSessionStore } from '../../app/session-store.ts';
import { useErrorText } from '../../components/errors.ts';
import { BillingNotices } from './BillingNotices.tsx';
import { useFocusProduct } from './focus.ts';
import { OtherProducts } from './OtherProducts.tsx';
import { SubscriptionCard } from './SubscriptionCard.tsx';
import { useSubscriptionsStore } from './store.ts';
import { SupportRequests } from './SupportRequests.tsx';

export function SubscriptionsView() {
  const { t } = useTranslation();
  const load = useSubscriptionsStore((s) => s.load);
  const loaded = useSubscriptionsStore((s) => s.loaded);
  const error = useSubscriptionsStore((s) => s.error);
  const notice = useSubscriptionsStore((s) => s.notice);
  const subscriptions = useSubscriptionsStore((s) => s.subscriptions);
  const canBuy = useCan('buy_licences');
  const go = useSessionStore((s) => s.go);
  const errorText = useErrorText();
  useReload(load);
  const missing = useFocusProduct();

  return (
    <div className="billing-view">
      <h1>{t('ui.subscriptions.title')}</h1>
      {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
      {missing && <div className="banner banner-error" role="alert">{t('notices.links.subscriptionNotFound')}</div>}
      {notice && (
        <div className="banner banner-info notice" role="status">
          <span>{t(notice)}</span>
          {notice === 'ui.subscriptions.added' && canBuy && (
            <button type="button" className="btn" onClick={() => go('cart')}>
              {t('ui.subscriptions.goToCart')}
            </button>
          )}
        </div>
      )}
      <BillingNotices />
      {!loaded && <p className="muted">{t('ui.subscriptions.loading')}</p>}
      {loaded && subscriptions.length === 0 && <p className="muted">{t('ui.subscriptions.empty')}</p>}
      {subscriptions.map((sub) => (
        <SubscriptionCard key={sub.id} sub={sub} />
      ))}
      <OtherProducts />
      <SupportRequests />
    </div>
  );
}
