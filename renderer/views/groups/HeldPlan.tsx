import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/use-formatters.ts';
import { useErrorText } from '../../components/errors.ts';
import { useBuySeats } from '../products/use-buy-seats.ts';
import { useGroupsStore, type GroupPlan } from './store.ts';

/**
 * Why a group change was not applied (its dry run's blockers), with the seats missing per product and
 * a link to buy them, as the licence dialog shows them.
 */
export function HeldPlan({ plan }: { plan: GroupPlan }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const errorText = useErrorText();
  const { canBuy, reason, buy } = useBuySeats();
  const retry = useGroupsStore((s) => s.clearQueuesAndRetry);
  return (
    <div className="banner banner-error held-plan" role="alert">
      <p>{t('licences.ui.summary.blocked')}</p>
      <ul>
        {plan.blockers.map((b, i) => (
          <li key={i}>{errorText(b)}</li>
        ))}
      </ul>
      {plan.products
        .filter((p) => p.missing > 0)
        .map((impact) => {
          const product = t(`ui.products.${impact.productId}`);
          return (
            <p key={impact.productId} className="shortage">
              <span>{t('licences.ui.summary.seatsAfter', { assigned: f.number(impact.assignedAfter), seats: f.number(impact.seats), free: f.number(Math.max(0, impact.freeAfter)) })}</span>{' '}
              {canBuy ? (
                <a
                  href={`#/subscriptions/${encodeURIComponent(impact.productId)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    buy(impact.productId);
                  }}
                >
                  {t('licences.ui.summary.buy', { ...f.count(impact.missing), product })}
                </a>
              ) : (
                <span className="muted">{t(reason)}</span>
              )}
            </p>
          );
        })}
      {plan.queueHolds.length > 0 && (
        <div className="queue-holds">
          <p className="strong">{t('licences.ui.queues.title')}</p>
          <p>{t('licences.ui.queues.explain')}</p>
          <ul>
            {plan.queueHolds.map((h) => (
              <li key={h.userId}>{`${h.name}: ${h.places.map((p) => p.name).join(', ')}`}</li>
            ))}
          </ul>
          <button type="button" className="btn" onClick={() => void retry()}>
            {t('licences.ui.queues.alsoRemove')}
          </button>
        </div>
      )}
    </div>
  );
}
