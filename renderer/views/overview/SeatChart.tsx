import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/selectors.ts';
import { useSessionStore } from '../../app/session-store.ts';
import { useFormatters } from '../../app/use-formatters.ts';
import { ChartSlot, SeatBars } from './chart-slot.tsx';
import { seatRows } from './selectors.ts';
import type { Overview } from './store.ts';

/** Seats per product: assigned and idle stacked (their sum is what was bought), with the figures in a table beside. */
export function SeatChart({ data, chartsReady }: { data: Overview; chartsReady: boolean }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const rows = seatRows(data, (id) => t(`ui.products.${id}`));
  return (
    <section className="panel overview-panel" aria-labelledby="overview-seats">
      <div className="panel-head">
        <h2 id="overview-seats">{t('overview.seats.title')}</h2>
        <SeatLinks />
      </div>
      <div className="panel-body overview-split">
        {rows.length === 0 ? (
          <p className="muted">{t('overview.seats.none')}</p>
        ) : (
          <>
            <ChartSlot height={56 * rows.length + 70} ready={chartsReady}>
              <SeatBars rows={rows} />
            </ChartSlot>
            <table className="table plain overview-table" aria-label={t('overview.seats.caption')}>
              <thead>
                <tr>
                  <th scope="col">{t('overview.seats.product')}</th>
                  <th scope="col" className="num">{t('overview.seats.bought')}</th>
                  <th scope="col" className="num">{t('overview.seats.assigned')}</th>
                  <th scope="col" className="num">{t('overview.seats.idle')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.productId}>
                    <th scope="row">{r.label}</th>
                    <td className="num">{f.number(r.seats)}</td>
                    <td className="num">{f.number(r.assigned)}</td>
                    <td className="num">{f.number(r.idle)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </div>
    </section>
  );
}

/** Assign idle seats (People) and add licences or free seats (Subscriptions), each only for those who may open it. */
function SeatLinks() {
  const { t } = useTranslation();
  // As the routes allow: People for user managers, Subscriptions for billing viewers and licence buyers.
  const mayAssign = useCan('manage_users');
  const viewsBilling = useCan('view_billing');
  const buys = useCan('buy_licences');
  const mayBuyOrFree = viewsBilling || buys;
  const go = (view: 'people' | 'subscriptions') => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    useSessionStore.getState().go(view);
  };
  return (
    <div className="overview-links">
      {mayAssign && (
        <a href="#/people" className="btn-link" onClick={go('people')}>
          {t('overview.seats.assignIdle')}
        </a>
      )}
      {mayBuyOrFree && (
        <a href="#/subscriptions" className="btn-link" onClick={go('subscriptions')}>
          {t('overview.seats.manageSeats')}
        </a>
      )}
    </div>
  );
}
