import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/use-formatters.ts';
import { ContactSupport } from '../../components/ContactSupport.tsx';
import { ChangePanel } from './ChangePanel.tsx';
import { useChangeRights, useTrialEnded } from './selectors.ts';
import { useSubscriptionsStore } from './store.ts';

/** Products the account does not subscribe to yet, each with Subscribe (Subscribe now once a trial ended), or why not for a seats-only buyer. */
export function OtherProducts() {
  const { t } = useTranslation();
  const f = useFormatters();
  const overview = useSubscriptionsStore((s) => s.overview);
  const panel = useSubscriptionsStore((s) => s.panel);
  const openPanel = useSubscriptionsStore((s) => s.openPanel);
  const rights = useChangeRights();
  const canChange = rights === 'all';
  const trialEnded = useTrialEnded();
  const products = overview?.products.filter((p) => !p.subscribed) ?? [];
  if (!overview || products.length === 0) return null;

  return (
    <section className="panel" aria-labelledby="other-products">
      <div className="panel-head">
        <h2 id="other-products">{t('ui.subscriptions.otherProducts')}</h2>
      </div>
      <div className="panel-body">
        <ul className="product-list">
          {products.map((product) => {
            const cheapest = Math.min(...product.plans.map((p) => p.monthly));
            const open = panel?.productId === product.productId;
            return (
              <li key={product.productId} className="product-row">
                <div className="product-line">
                  <strong>{t(`ui.products.${product.productId}`)}</strong>
                  <span className="muted">
                    {t('ui.subscriptions.fromPrice', { price: t('ui.billing.perSeat.month', { amount: f.money(cheapest, overview.currency) }) })}
                  </span>
                  <ContactSupport />
                  <span className="spacer" />
                  {canChange && (
                    <button
                      type="button"
                      className={trialEnded ? 'btn btn-primary' : 'btn'}
                      aria-expanded={open}
                      onClick={() => openPanel({ kind: 'subscribe', productId: product.productId, subscriptionId: null })}
                    >
                      {t(trialEnded ? 'ui.subscriptions.actions.subscribeNow' : 'ui.subscriptions.actions.subscribe')}
                    </button>
                  )}
                </div>
                {open && <ChangePanel />}
              </li>
            );
          })}
        </ul>
        {rights === 'seats' && <p className="muted note" role="note">{t('errors.billing.seatsOnly')}</p>}
      </div>
    </section>
  );
}
