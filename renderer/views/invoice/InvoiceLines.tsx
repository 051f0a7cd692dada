import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/use-formatters.ts';
import { useInvoiceStore, type Invoice } from './store.ts';

/** Product and plan, period, quantity, unit price and amount per line; credits are negative. */
export function InvoiceLines({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const planNames = useInvoiceStore((s) => s.planNames);
  const money = (minor: number) => f.money(minor, invoice.currency);
  return (
    <table className="doc-table invoice-lines" aria-label={t('ui.invoice.lines')}>
      <thead>
        <tr>
          <th>{t('ui.invoice.description')}</th>
          <th>{t('ui.billing.quote.period')}</th>
          <th className="num">{t('ui.invoice.quantity')}</th>
          <th className="num">{t('ui.billing.quote.unitPrice')}</th>
          <th className="num">{t('ui.invoice.amount')}</th>
        </tr>
      </thead>
      <tbody>
        {invoice.lines.map((line, i) => (
          <tr key={i}>
            <td>
              <div>{`${t(`ui.products.${line.productId}`)} · ${planNames[line.planId] ?? line.planId}`}</div>
              <div className="small muted">{t(line.kind === 'credit' ? 'ui.billing.quote.creditLine' : `ui.billing.billed.${line.interval}`)}</div>
            </td>
            <td>{f.period(line.periodStart, line.periodEnd)}</td>
            <td className="num">{line.quantity}</td>
            <td className="num">{money(line.unitAmount)}</td>
            <td className="num">{money(line.amount)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
