import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format.ts';
import { useLanguage } from '../../app/selectors.ts';
import { useErrorText } from '../../components/errors.ts';
import { QueueHolds } from './QueueHolds.tsx';
import { ReportTable } from './ReportTable.tsx';
import { SeatsAfter } from './SeatsAfter.tsx';
import { StatusFilter } from './StatusFilter.tsx';
import { useImportStore } from './store.ts';

/** What each row of the file would do: totals, seats after, queue places in the way, and every row. */
export function DryRunReport() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const language = useLanguage();
  const report = useImportStore((s) => s.report);
  const fileName = useImportStore((s) => s.fileName);
  const chooseAnother = useImportStore((s) => s.chooseAnother);
  const headingId = useId();
  if (!report) return null;

  return (
    <section className="dry-run" aria-labelledby={headingId}>
      <div className="dry-run-head">
        <h3 id={headingId}>{t('imports.ui.report.title')}</h3>
        <span className="muted file-name">{t('imports.ui.fileName', { name: fileName })}</span>
        <button type="button" className="btn-link" onClick={chooseAnother}>
          {t('imports.ui.another')}
        </button>
      </div>
      <p className="dry-run-summary">{t('imports.ui.report.summary', { ok: formatNumber(report.totals.ok, language), total: formatNumber(report.rows.length, language) })}</p>
      <StatusFilter />
      <div className="dry-run-facts">
        <SeatsAfter />
      </div>
      <QueueHolds />
      <ReportTable />
      {report.blockers.length > 0 && (
        <div className="banner banner-error" role="alert">
          <p>{t('imports.ui.blocked')}</p>
          <ul>
            {report.blockers.map((b, i) => (
              <li key={i}>{errorText(b)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
