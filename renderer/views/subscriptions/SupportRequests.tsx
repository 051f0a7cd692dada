import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/selectors.ts';
import { useFormatters } from '../../app/use-formatters.ts';
import { usePlanName } from './selectors.ts';
import { useSubscriptionsStore } from './store.ts';

/** Downgrade requests sent to the vendor's support team, with their state. */
export function SupportRequests() {
  const { t } = useTranslation();
  const f = useFormatters();
  const requests = useSubscriptionsStore((s) => s.requests);
  const subscriptions = useSubscriptionsStore((s) => s.subscriptions);
  const products = useSubscriptionsStore((s) => s.overview?.products);
  const loaded = useSubscriptionsStore((s) => s.loaded);
  const planName = usePlanName();
  const viewsBilling = useCan('view_billing');
  if (!loaded || !viewsBilling) return null;
  const productOf = (subscriptionId: string, planId: string) =>
    subscriptions.find((s) => s.id === subscriptionId)?.productId ?? products?.find((p) => p.plans.some((plan) => plan.planId === planId))?.productId;

  return (
    <section className="panel" aria-labelledby="support-requests">
      <div className="panel-head">
        <h2 id="support-requests">{t('ui.subscriptions.support.title')}</h2>
      </div>
      <div className="panel-body">
        {requests.length === 0 ? (
          <p className="muted">{t('ui.subscriptions.support.empty')}</p>
        ) : (
          <table className="table plain" aria-label={t('ui.subscriptions.support.title')}>
            <thead>
              <tr>
                <th>{t('ui.subscriptions.support.request')}</th>
                <th>{t('ui.subscriptions.support.requested')}</th>
                <th>{t('ui.subscriptions.support.status')}</th>
              </tr>
            </thead>
            <tbody>
              {requests.map((r) => {
                const productId = productOf(r.subscriptionId, r.fromPlanId);
                return (
                  <tr key={r.id}>
                    <td className="wrap">
                      {t('ui.subscriptions.support.downgrade', { product: productId ? t(`ui.products.${productId}`) : '', from: planName(r.fromPlanId), to: planName(r.toPlanId) })}
                    </td>
                    <td>{f.date(r.createdAt)}</td>
                    <td>
                      <span className={`badge status-${r.status}`}>{t(`ui.subscriptions.support.state.${r.status}`)}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
