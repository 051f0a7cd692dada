import { useState } from 'react';
import { useReload } from '../../app/live-updates.ts';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../components/errors.ts';
import { ReminderNotices } from '../../components/ReminderNotices.tsx';
import { SeatChart } from './SeatChart.tsx';
import { SpendingChart } from './SpendingChart.tsx';
import { SummaryCards } from './SummaryCards.tsx';
import { useOverviewStore } from './store.ts';
import './overview.css';

/** Home after sign-in: seats per product for everyone; spending, renewal, balance and pending payment for billing viewers. */
export function OverviewView() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const load = useOverviewStore((s) => s.load);
  const data = useOverviewStore((s) => s.data);
  const error = useOverviewStore((s) => s.error);
  // The charts wait for this visit's own answer (not figures kept from an earlier visit).
  const answers = useOverviewStore((s) => s.answers);
  const [atMount] = useState(() => useOverviewStore.getState().answers);
  const chartsReady = answers > atMount;
  useReload(load);

  return (
    <div className="overview-view">
      <h1>{t('overview.ui.title')}</h1>
      <p className="muted intro">{t('overview.ui.intro')}</p>
      {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
      {!data ? (
        <p className="muted">{t('overview.ui.loading')}</p>
      ) : (
        <>
          {data.billing && <ReminderNotices reminders={data.billing.reminders} here="overview" />}
          <SummaryCards data={data} />
          <SeatChart data={data} chartsReady={chartsReady} />
          {data.billing && <SpendingChart billing={data.billing} chartsReady={chartsReady} />}
        </>
      )}
    </div>
  );
}
