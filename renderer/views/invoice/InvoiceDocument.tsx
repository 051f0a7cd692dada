import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/use-formatters.ts';
import { AddressBlock } from '../../components/AddressBlock.tsx';
import { InvoiceLines } from './InvoiceLines.tsx';
import { InvoiceTotals } from './InvoiceTotals.tsx';
import type { Invoice } from './store.ts';

/** The printed document: seller and buyer, title and number, dates, lines, tax and totals. */
export function InvoiceDocument({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const title = t(`ui.invoice.title.${invoice.kind}`);
  return (
    <article className="doc invoice" aria-labelledby="invoice-title" data-number={invoice.number}>
      <header className="doc-head">
        <div className="doc-brand">{invoice.seller.name}</div>
        <div className="doc-title">
          <h1 id="invoice-title">
            {title} <span className="doc-number">{invoice.number}</span>
          </h1>
          <dl className="doc-facts">
            <dt>{t('ui.invoice.issued')}</dt>
            <dd>{f.date(invoice.issuedAt)}</dd>
            <dt>{t('ui.invoice.status')}</dt>
            <dd>
              <span className={`badge status-${invoice.status}`}>{t(`ui.transactions.statuses.${invoice.status}`)}</span>
            </dd>
            {invoice.purchaseOrder && (
              <>
                <dt>{t('ui.invoice.purchaseOrder')}</dt>
                <dd className="doc-reference">{invoice.purchaseOrder}</dd>
              </>
            )}
          </dl>
        </div>
      </header>
      <section className="doc-parties" aria-label={t('ui.invoice.parties')}>
        <AddressBlock label={t('ui.invoice.seller')} name={invoice.seller.name} address={invoice.seller.address} vatNumber={invoice.seller.vatNumber} />
        <AddressBlock label={t('ui.invoice.buyer')} name={invoice.buyer.name} address={invoice.buyer.address} vatNumber={invoice.buyer.vatNumber} />
      </section>
      <InvoiceLines invoice={invoice} />
      <InvoiceTotals invoice={invoice} />
      {invoice.note && (
        <section className="doc-note" aria-label={t('ui.invoice.note')}>
          <h2>{t('ui.invoice.note')}</h2>
          <p>{invoice.note}</p>
        </section>
      )}
    </article>
  );
}
