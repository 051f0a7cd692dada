import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/selectors.ts';
import { useSessionStore } from '../../app/session-store.ts';
import { useFormatters } from '../../app/use-formatters.ts';
import { InvoiceLink } from './InvoiceLink.tsx';
import { useCartStore, type Order } from './store.ts';
import { useDescribeChange } from './use-describe-change.ts';

/** The order just placed: status, invoice number, total, and the reminder to assign the new seats. */
export function OrderConfirmation({ order }: { order: Order }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const go = useSessionStore((s) => s.go);
  const canAssign = useCan('manage_users');
  const close = useCartStore((s) => s.closeConfirmation);
  const failed = order.status === 'failed';
  const money = (amount: number) => f.money(amount, order.currency);
  const describe = useDescribeChange();

  return (
    <section className="panel confirmation" aria-labelledby="confirmation-title">
      <div className="panel-head">
        <h2 id="confirmation-title">{t(failed ? 'ui.orders.confirmation.failedTitle' : 'ui.orders.confirmation.title')}</h2>
      </div>
      <div className="panel-body">
        {failed && (
          <div className="banner banner-error" role="alert">
            {order.failureReason ? t(`errors.payment.${order.failureReason}`, { defaultValue: order.failureReason }) : null} {t('ui.orders.confirmation.failedHelp')}
          </div>
        )}
        <dl className="facts">
          <dt>{t('ui.orders.confirmation.status')}</dt>
          <dd>
            <span className={`badge status-${order.status}`}>{t(`ui.orders.state.${order.status}`)}</span>
          </dd>
          {order.invoiceNumber && (
            <>
              <dt>{t('ui.orders.confirmation.invoice')}</dt>
              <dd>{order.invoiceId ? <InvoiceLink id={order.invoiceId} number={order.invoiceNumber} /> : order.invoiceNumber}</dd>
            </>
          )}
          <dt>{t('ui.orders.confirmation.bought')}</dt>
          <dd>
            <ul className="plain-list">
              {order.lines.map((line, i) => (
                <li key={i}>{describe(line)}</li>
              ))}
            </ul>
          </dd>
          <dt>{t('ui.orders.confirmation.total')}</dt>
          <dd>{money(order.total)}</dd>
          {!failed && (
            <>
              <dt>{t('ui.orders.confirmation.charged')}</dt>
              <dd>{money(order.amountDue)}</dd>
            </>
          )}
        </dl>
        {!failed && (
          <div className="banner banner-info reminder" role="note">
            <p>{t('ui.orders.confirmation.email')}</p>
            <p>
              {t('ui.orders.confirmation.assignReminder')}{' '}
              {canAssign && (
                <a href="#/people" onClick={(e) => { e.preventDefault(); go('people'); }}>
                  {t('ui.orders.confirmation.assignLink')}
                </a>
              )}
            </p>
          </div>
        )}
        <div className="actions">
          {failed && <button type="button" className="btn" onClick={close}>{t('ui.orders.confirmation.backToCart')}</button>}
          <button type="button" className="btn" onClick={() => { close(); go('subscriptions'); }}>
            {t('ui.orders.confirmation.backToSubscriptions')}
          </button>
        </div>
      </div>
    </section>
  );
}
