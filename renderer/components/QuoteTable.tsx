import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../core/contract.ts';
import { useFormatters } from '../app/use-formatters.ts';

type Quote = OutputOf<'billing.preview'>;
type Line = Quote['lines'][number];

interface QuoteTableProps {
  quote: Quote;
  caption: string;
  planName: (planId: string) => string;
  /** What a subscription renews at today (for co-term changes, which keep the current period). */
  renewalOf: (subscriptionId: string) => number | undefined;
}

/** Per line the period, seats, unit price, credit and charge; then tax, credit used, total due and the next period. */
export function QuoteTable({ quote, caption, planName, renewalOf }: QuoteTableProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  const money = (amount: number) => f.money(amount, quote.currency);
  const taxLabel = t(`ui.billing.quote.tax.${quote.tax.kind}`, { rate: f.rate(quote.tax.rateBasisPoints) });
  return (
    <div className="quote">
      {/* Scrolls sideways at narrow widths: reachable by keyboard, named for screen readers (axe: scrollable-region-focusable). */}
      <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
        <table className="table quote-table" aria-label={caption}>
          <thead>
            <tr>
              <th>{t('ui.billing.quote.item')}</th>
              <th>{t('ui.billing.quote.period')}</th>
              <th className="num">{t('ui.billing.quote.seats')}</th>
              <th className="num">{t('ui.billing.quote.unitPrice')}</th>
              <th className="num">{t('ui.billing.quote.credit')}</th>
              <th className="num">{t('ui.billing.quote.charge')}</th>
            </tr>
          </thead>
          <tbody>
            {quote.lines.map((line, i) => (
              <tr key={i}>
                <td>
                  <div>{`${t(`ui.products.${line.productId}`)} · ${planName(line.planId)}`}</div>
                  <div className="muted small">{t(lineNote(quote, line))}</div>
                </td>
                <td>{f.period(line.periodStart, line.periodEnd)}</td>
                <td className="num">{line.quantity}</td>
                <td className="num">{money(line.unitAmount)}</td>
                <td className="num">{line.kind === 'credit' ? money(line.amount) : ''}</td>
                <td className="num">{line.kind === 'charge' ? money(line.amount) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="totals">
        <dt>{t('ui.billing.quote.subtotal')}</dt>
        <dd>{money(quote.subtotal)}</dd>
        <dt>{taxLabel}</dt>
        <dd>{money(quote.tax.amount)}</dd>
        <dt>{t('ui.billing.quote.total')}</dt>
        <dd>{money(quote.total)}</dd>
        <dt>{t('ui.billing.quote.creditUsed')}</dt>
        <dd>{money(quote.creditUsed === 0 ? 0 : -quote.creditUsed)}</dd>
        <dt className="due">{t('ui.billing.quote.amountDue')}</dt>
        <dd className="due">{money(quote.amountDue)}</dd>
        {quote.creditToBalance > 0 && (
          <>
            <dt>{t('ui.billing.quote.creditToBalance')}</dt>
            <dd>{money(quote.creditToBalance)}</dd>
          </>
        )}
      </dl>
      {quote.tax.kind === 'reverse_charge' && <p className="muted small mention">{t('tax.reverseCharge')}</p>}
      {nextPeriods(quote, renewalOf).map((next) => (
        <p key={next.productId} className="small next-period">
          {t(`ui.billing.quote.nextPeriod.${next.interval}`, { product: t(`ui.products.${next.productId}`), amount: money(next.amount), date: f.date(next.from) })}
        </p>
      ))}
    </div>
  );
}

/** Credit for unused time, a full new period from today, or the rest of the current period (co-term). */
function lineNote(quote: Quote, line: Line): string {
  if (line.kind === 'credit') return 'ui.billing.quote.creditLine';
  return line.periodStart === quote.at && line.amount === line.quantity * line.unitAmount ? 'ui.billing.quote.chargeLine' : 'ui.billing.quote.proratedLine';
}

/**
 * What each subscription's next period costs (before tax). A "reset" change starts a full new period:
 * its charge lines are that period's price, renewed at its end. A "co-term" change keeps the period:
 * the renewal moves by the changed seats at their unit price.
 */
function nextPeriods(quote: Quote, renewalOf: QuoteTableProps['renewalOf']): { productId: string; interval: 'month' | 'year'; amount: number; from: string }[] {
  return quote.periods.flatMap((p) => {
    const mine = quote.lines.filter((l: Line) => (p.subscriptionId ? l.subscriptionId === p.subscriptionId : l.subscriptionId === null && l.productId === p.productId));
    const charges = mine.filter((l) => l.kind === 'charge');
    const from = p.periodEnd;
    if (p.periodStart === quote.at) {
      const full = charges.length > 0 && charges.every((l) => l.periodEnd === p.periodEnd && l.amount === l.quantity * l.unitAmount);
      return full ? [{ productId: p.productId, interval: p.interval, amount: charges.reduce((sum, l) => sum + l.amount, 0), from }] : [];
    }
    const renewal = p.subscriptionId ? renewalOf(p.subscriptionId) : undefined;
    if (renewal === undefined) return [];
    return [{ productId: p.productId, interval: p.interval, amount: renewal + mine.reduce((sum, l) => sum + l.quantity * l.unitAmount, 0), from }];
  });
}
