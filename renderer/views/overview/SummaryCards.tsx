import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/use-formatters.ts';
import type { Overview } from './store.ts';

/** Next renewal, credit balance and pending payment (billing viewers), and the trial's days left. */
export function SummaryCards({ data }: { data: Overview }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const billing = data.billing;
  if (!billing && data.trialDaysLeft === null) return null;
  return (
    <ul className="overview-cards" aria-label={t('overview.cards.label')}>
      {billing && (
        <>
          <Card title={t('overview.cards.renewal')}>
            {billing.nextRenewal ? (
              <>
                <strong>{f.money(billing.nextRenewal.amount, billing.currency)}</strong>
                <span className="muted">{t('overview.cards.renewalOn', { date: f.date(billing.nextRenewal.at) })}</span>
              </>
            ) : (
              <span className="muted">{t('overview.cards.noRenewal')}</span>
            )}
          </Card>
          <Card title={t('overview.cards.balance')}>
            <strong>{f.money(billing.creditBalance, billing.currency)}</strong>
          </Card>
          <Card title={t('overview.cards.pending')}>
            {billing.pending.total > 0 ? (
              <>
                <strong className="overview-due">{f.money(billing.pending.total, billing.currency)}</strong>
                <span className="muted">{t('overview.cards.pendingInvoices', { number: f.number(billing.pending.invoices) })}</span>
              </>
            ) : (
              <span className="muted">{t('overview.cards.noPending')}</span>
            )}
          </Card>
        </>
      )}
      {data.trialDaysLeft !== null && (
        <Card title={t('overview.cards.trial')}>
          <strong>{t('overview.cards.trialDays', { number: f.number(data.trialDaysLeft) })}</strong>
        </Card>
      )}
    </ul>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  const id = `overview-card-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <li className="overview-card" aria-labelledby={id}>
      <h2 id={id} className="overview-card-title">{title}</h2>
      <div className="overview-card-body">{children}</div>
    </li>
  );
}
