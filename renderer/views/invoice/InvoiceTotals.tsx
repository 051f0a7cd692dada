import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/use-formatters.ts';
import type { Invoice } from './store.ts';

/** Subtotal, tax with its rate (and the reverse-charge mention), total, credit used, paid and due. */
export function InvoiceTotals({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const money = (minor: number) => f.money(minor, invoice.currency);
  const rows: [string, number, string?][] = [
    [t('ui.billing.quote.subtotal'), invoice.subtotal],
    [t(`ui.billing.quote.tax.${invoice.tax.kind}`, { rate: f.rate(invoice.tax.rateBasisPoints) }), invoice.tax.amount],
    [t('ui.billing.quote.total'), invoice.total, 'strong'],
    [t('ui.billing.quote.creditUsed'), invoice.creditUsed === 0 ? 0 : -invoice.creditUsed],
    [t('ui.invoice.amountPaid'), invoice.amountPaid],
  ];
  if (invoice.creditedToBalance > 0) rows.push([t('ui.billing.quote.creditToBalance'), invoice.creditedToBalance]);
  rows.push([t('ui.invoice.amountDue'), invoice.amountDue, 'due']);
  return (
    <div className="doc-end">
      <dl className="doc-totals">
        {rows.map(([label, amount, className]) => (
          <div key={label} className={className}>
            <dt>{label}</dt>
            <dd>{money(amount)}</dd>
          </div>
        ))}
      </dl>
      {invoice.tax.kind === 'reverse_charge' && <p className="small mention">{t('tax.reverseCharge')}</p>}
    </div>
  );
}
