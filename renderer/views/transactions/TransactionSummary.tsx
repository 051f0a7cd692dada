import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format.ts';
import { useLanguage } from '../../app/selectors.ts';
import { useSessionStore } from '../../app/session-store.ts';
import { useFormatters } from '../../app/use-formatters.ts';
import { AddressBlock } from '../../components/AddressBlock.tsx';
import { DocumentActions } from '../../components/DocumentActions.tsx';
import { useSummary, type PeriodSummary } from './selectors.ts';
import { useTransactionsStore } from './store.ts';
import { useTransactionLabels } from './use-labels.ts';

/** The printable statement of the period the date filter chose: the account, the rows, the totals. */
export function TransactionSummary() {
  const { t } = useTranslation();
  const summary = useSummary();
  if (!summary) return <p className="muted">{t('ui.transactions.loading')}</p>;
  return <Summary summary={summary} />;
}

function Summary({ summary }: { summary: PeriodSummary }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const language = useLanguage();
  const labels = useTransactionLabels();
  const account = useTransactionsStore((s) => s.account);
  const accountName = useSessionStore((s) => s.session?.account.name ?? '');
  const currency = account?.currency ?? summary.rows[0]?.currency ?? 'EUR';
  const openSummary = useTransactionsStore((s) => s.openSummary);
  const print = useTransactionsStore((s) => s.print);
  const savePdf = useTransactionsStore((s) => s.savePdf);
  const savedTo = useTransactionsStore((s) => s.savedTo);
  // A day (YYYY-MM-DD) is already in the user's time zone: format it as it is.
  const day = (d: string) => (d ? formatDate(`${d}T12:00:00Z`, language, 'UTC') : '…');
  const money = (minor: number) => f.money(minor, currency);
  const totals: [string, number, string?][] = [
    [t('ui.print.opening'), summary.opening],
    [t('ui.print.invoiced'), summary.invoiced],
    [t('ui.print.credited'), summary.credited],
    [t('ui.print.paid'), summary.paid],
    ...(summary.refunded !== 0 ? [[t('ui.print.refunded'), summary.refunded] as [string, number]] : []),
    [t('ui.print.closing'), summary.closing, 'due'],
  ];

  return (
    <div className="doc-page">
      <DocumentActions
        backLabel={t('ui.print.backToTransactions')}
        onBack={() => openSummary(false)}
        onPrint={() => void print()}
        onSavePdf={() => void savePdf(`transactions_${summary.from}_${summary.to}.pdf`)}
        savedTo={savedTo}
      />
      <article className="doc" aria-labelledby="summary-title">
        <header className="doc-head">
          {account ? <AddressBlock name={account.name} address={account.billingAddress} vatNumber={account.vatNumber} /> : <div className="party-name">{accountName}</div>}
          <div className="doc-title">
            <h1 id="summary-title">{t('ui.print.summaryTitle')}</h1>
            <p className="doc-period">{t('ui.print.period', { from: day(summary.from), to: day(summary.to) })}</p>
          </div>
        </header>
        {summary.rows.length === 0 ? (
          <p className="muted">{t('ui.print.noTransactions')}</p>
        ) : (
          <table className="doc-table">
            <thead>
              <tr>
                <th>{t('ui.transactions.columns.date')}</th>
                <th>{t('ui.transactions.columns.type')}</th>
                <th>{t('ui.transactions.columns.number')}</th>
                <th>{t('ui.transactions.columns.detail')}</th>
                <th>{t('ui.transactions.columns.status')}</th>
                <th className="num">{t('ui.transactions.columns.amount')}</th>
                <th className="num">{t('ui.transactions.columns.balance')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.rows.map((row) => (
                <tr key={row.id}>
                  <td className="nowrap">{f.date(row.at)}</td>
                  <td>{labels.type(row.type)}</td>
                  <td className="nowrap">{row.number}</td>
                  <td>{labels.detail(row)}</td>
                  <td>{labels.status(row.status)}</td>
                  <td className="num">{row.attempted === null ? money(row.amount) : t('ui.transactions.notCharged', { amount: money(row.attempted) })}</td>
                  <td className="num">{money(row.balanceAfter)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <dl className="doc-totals">
          {totals.map(([label, amount, className]) => (
            <div key={label} className={className}>
              <dt>{label}</dt>
              <dd>{money(amount)}</dd>
            </div>
          ))}
        </dl>
        {summary.failed !== 0 && <p className="small muted">{t('ui.print.failedNote', { amount: money(summary.failed) })}</p>}
        {summary.creditApplied !== 0 && <p className="small muted">{t('ui.print.creditNote', { amount: money(-summary.creditApplied) })}</p>}
      </article>
    </div>
  );
}
