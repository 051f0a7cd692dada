import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/use-formatters.ts';
import { formatDateTime } from '../../app/format.ts';
import { useLanguage, useTimeZone } from '../../app/selectors.ts';
import { useErrorText } from '../../components/errors.ts';
import { InvoiceLink } from './InvoiceLink.tsx';
import { useCartStore } from './store.ts';
import { useDescribeChange } from './use-describe-change.ts';

/** Every order with its state, for "check my order status". */
export function OrdersList() {
  const { t } = useTranslation();
  const f = useFormatters();
  const language = useLanguage();
  const timeZone = useTimeZone();
  const orders = useCartStore((s) => s.orders);
  const error = useCartStore((s) => s.error);
  const describe = useDescribeChange();
  const errorText = useErrorText();

  return (
    <>
      {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
      {orders === null ? null : orders.length === 0 ? (
        <p className="muted">{t('ui.orders.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table plain" aria-label={t('ui.orders.title')}>
            <thead>
              <tr>
                <th>{t('ui.orders.placedAt')}</th>
                <th>{t('ui.orders.changes')}</th>
                <th>{t('ui.orders.status')}</th>
                <th className="num">{t('ui.orders.total')}</th>
                <th>{t('ui.orders.invoice')}</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((o) => (
                <tr key={o.id}>
                  <td>{formatDateTime(o.placedAt, language, timeZone)}</td>
                  <td className="wrap">
                    {o.lines.map((line, i) => (
                      <div key={i}>{describe(line)}</div>
                    ))}
                  </td>
                  <td>
                    <span className={`badge status-${o.status}`}>{t(`ui.orders.state.${o.status}`)}</span>
                    {o.failureReason && <div className="small muted">{t(`errors.payment.${o.failureReason}`, { defaultValue: o.failureReason })}</div>}
                  </td>
                  <td className="num">{f.money(o.total, o.currency)}</td>
                  <td>{o.invoiceId && o.invoiceNumber ? <InvoiceLink id={o.invoiceId} number={o.invoiceNumber} /> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
