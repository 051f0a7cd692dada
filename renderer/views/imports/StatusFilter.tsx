import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format.ts';
import { useLanguage } from '../../app/selectors.ts';
import { STATUS_ORDER, statusTone } from './selectors.ts';
import { useImportStore } from './store.ts';

/** The totals per status, each a toggle that shows only its rows. */
export function StatusFilter() {
  const { t } = useTranslation();
  const language = useLanguage();
  const report = useImportStore((s) => s.report);
  const filter = useImportStore((s) => s.filter);
  const setFilter = useImportStore((s) => s.setFilter);
  const labelId = useId();
  if (!report) return null;
  const shown = STATUS_ORDER.filter((status) => report.totals[status] > 0);

  return (
    <div className="status-filter" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="muted">
        {t('imports.ui.report.filterLabel')}
      </span>
      <button type="button" className="chip" aria-pressed={filter === 'all'} onClick={() => setFilter('all')}>
        {t('imports.ui.report.all')} <span className="count">{formatNumber(report.rows.length, language)}</span>
      </button>
      {shown.map((status) => (
        <button key={status} type="button" className={`chip tone-${statusTone(status)}`} aria-pressed={filter === status} onClick={() => setFilter(filter === status ? 'all' : status)}>
          {t(`imports.status.${status}`)} <span className="count">{formatNumber(report.totals[status], language)}</span>
        </button>
      ))}
    </div>
  );
}
