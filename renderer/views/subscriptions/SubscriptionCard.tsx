import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/use-formatters.ts';
import { ContactSupport } from '../../components/ContactSupport.tsx';
import { CardActions } from './CardActions.tsx';
import { ChangePanel } from './ChangePanel.tsx';
import { subscriptionCardId } from './focus.ts';
import { isPanelOf, type Subscription } from './changes.ts';
import { useSubscriptionsStore } from './store.ts';

/** One subscription: plan, frequency, seats, prices and period, its actions and, when open, its change panel. */
export function SubscriptionCard({ sub }: { sub: Subscription }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const panelOpen = useSubscriptionsStore((s) => isPanelOf(s.panel, sub));
  const product = t(`ui.products.${sub.productId}`);
  const headingId = `sub-${sub.id}`;
  const money = (amount: number) => f.money(amount, sub.currency);
  const perSeat = (amount: number) => t(`ui.billing.perSeat.${sub.interval}`, { amount: money(amount) });
  const hasAddOns = sub.addOns.length > 0 || sub.addOnPlans.length > 0;

  return (
    <section className="panel subscription" id={subscriptionCardId(sub.id)} aria-labelledby={headingId}>
      <div className="panel-head">
        <h2 id={headingId}>{product}</h2>
        <span className="badge">{sub.planName}</span>
      </div>
      <div className="panel-body">
        <dl className="facts">
          <dt>{t('ui.subscriptions.plan')}</dt>
          <dd>{sub.planName}</dd>
          <dt>{t('ui.subscriptions.interval')}</dt>
          <dd>{t(sub.interval === 'month' ? 'ui.billing.monthly' : 'ui.billing.yearly')}</dd>
          <dt>{t('ui.subscriptions.seats')}</dt>
          <dd>{t('ui.subscriptions.seatsValue', { seats: sub.seats, assigned: sub.assigned, free: Math.max(0, sub.seats - sub.assigned) })}</dd>
          <dt>{t('ui.subscriptions.unitPrice')}</dt>
          <dd>
            {perSeat(sub.unitAmount)} <ContactSupport />
          </dd>
          <dt>{t('ui.subscriptions.currentPeriod')}</dt>
          <dd>{f.period(sub.periodStart, sub.periodEnd)}</dd>
          <dt>{t('ui.subscriptions.nextRenewal')}</dt>
          <dd>{sub.autoRenew ? t('ui.subscriptions.nextRenewalValue', { date: f.date(sub.periodEnd), amount: money(sub.nextRenewalAmount) }) : t('ui.subscriptions.noRenewal')}</dd>
          {hasAddOns && (
            <>
              <dt>{t('ui.subscriptions.addOns')}</dt>
              <dd>
                {sub.addOns.length === 0
                  ? t('ui.subscriptions.noAddOns')
                  : sub.addOns.map((a) => (
                      <div key={a.planId}>
                        {t('ui.subscriptions.addOnValue', { product: t(`ui.products.${a.productId}`), seats: t('ui.billing.seatCount', { count: a.seats }), price: perSeat(a.unitAmount) })}
                      </div>
                    ))}
              </dd>
            </>
          )}
        </dl>
        <CardActions sub={sub} />
        {panelOpen && <ChangePanel />}
      </div>
    </section>
  );
}
