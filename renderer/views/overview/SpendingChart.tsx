import { useTranslation } from 'react-i18next';
import { formatMonth } from '../../app/format.ts';
import { useLanguage } from '../../app/selectors.ts';
import { useFormatters } from '../../app/use-formatters.ts';
import { ChartSlot, SpendingBars } from './chart-slot.tsx';
import { spendingRows } from './selectors.ts';
import { useOverviewStore, type Months, type Overview } from './store.ts';

type Billing = NonNullable<Overview['billing']>;

/** Spending per month, stacked by product, with a 12/36 months toggle and the figures in a table below. */
export function SpendingChart({ billing, chartsReady }: { billing: Billing; chartsReady: boolean }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const language = useLanguage();
  const months = useOverviewStore((s) => s.months);
  const load = useOverviewStore((s) => s.load);
  const rows = spendingRows(billing, (m) => formatMonth(m, language));
  const money = (minor: number) => f.money(minor, billing.currency);
  const name = (id: string) => t(`ui.products.${id}`);
  const empty = rows.every((r) => r.total === 0 && billing.products.every((p) => r[p] === 0));
  return (
    <section className="panel overview-panel" aria-labelledby="overview-spending">
      <div className="panel-head">
        <h2 id="overview-spending">{t('overview.spending.title')}</h2>
        <div className="overview-toggle" role="group" aria-label={t('overview.spending.range')}>
          {([12, 36] as Months[]).map((m) => (
            <button key={m} type="button" className={m === months ? 'btn btn-primary' : 'btn'} aria-pressed={m === months} onClick={() => void load(m)}>
              {t(`overview.spending.months${m}`)}
            </button>
          ))}
        </div>
      </div>
      <div className="panel-body">
        <p className="muted small">{t('overview.spending.note')}</p>
        {empty ? (
          <p className="muted">{t('overview.spending.none')}</p>
        ) : (
          <ChartSlot height={320} ready={chartsReady}>
            <SpendingBars rows={rows} products={billing.products} months={months} money={money} name={name} />
          </ChartSlot>
        )}
        <details className="overview-details">
          <summary>{t('overview.spending.showTable')}</summary>
          <SpendingTable billing={billing} rows={rows} money={money} name={name} />
        </details>
      </div>
    </section>
  );
}

interface TableProps {
  billing: Billing;
  rows: ReturnType<typeof spendingRows>;
  money(minor: number): string;
  name(productId: string): string;
}

function SpendingTable({ billing, rows, money, name }: TableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table plain overview-table" aria-label={t('overview.spending.caption')}>
        <thead>
          <tr>
            <th scope="col">{t('overview.spending.month')}</th>
            {billing.products.map((p) => (
              <th key={p} scope="col" className="num">{name(p)}</th>
            ))}
            <th scope="col" className="num">{t('overview.spending.total')}</th>
          </tr>
        </thead>
        <tbody>
          {[...rows].reverse().map((r) => (
            <tr key={r.month}>
              <th scope="row">{r.label}</th>
              {billing.products.map((p) => (
                <td key={p} className="num">{money(Number(r[p] ?? 0))}</td>
              ))}
              <td className="num">{money(r.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
