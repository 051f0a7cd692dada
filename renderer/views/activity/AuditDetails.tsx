import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format.ts';
import { useLanguage, useTimeZone } from '../../app/selectors.ts';
import { diffRows } from './change-diff.ts';
import type { AuditRow } from './store.ts';
import { useAuditLabels } from './use-audit-labels.ts';

/** Escape closes the drawer, wherever the focus is. */
function useEscape(onClose: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
}

/** A drawer over the table's right side: who did what to what and when, then every recorded field before and after. */
export function AuditDetails({ entry, onClose }: { entry: AuditRow; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const timeZone = useTimeZone();
  const labels = useAuditLabels();
  const rows = diffRows(entry.before, entry.after);
  useEscape(onClose);

  return (
    <aside className="panel audit-details" aria-labelledby="audit-details-title">
      <div className="panel-head">
        <h2 id="audit-details-title">{labels.action(entry.action)}</h2>
        <button type="button" className="btn-link" aria-label={t('ui.activity.close')} title={t('ui.activity.close')} onClick={onClose}>
          ✕
        </button>
      </div>
      <div className="panel-body">
        <dl className="audit-facts">
          <dt>{t('ui.activity.when')}</dt>
          <dd>{formatDateTime(entry.at, language, timeZone)}</dd>
          <dt>{t('ui.activity.who')}</dt>
          <dd>{labels.actor(entry)}</dd>
          <dt>{t('ui.activity.target')}</dt>
          <dd>
            {labels.targetType(entry.targetType)}: {entry.targetLabel}
            {entry.targetDetail && <div className="muted">{entry.targetDetail}</div>}
          </dd>
        </dl>
        {rows.length === 0 ? (
          <p className="muted">{t('ui.activity.noValues')}</p>
        ) : (
          <table className="table plain audit-diff" aria-label={t('ui.activity.details')}>
            <thead>
              <tr>
                <th>{t('ui.activity.field')}</th>
                <th>{t('ui.activity.before')}</th>
                <th>{t('ui.activity.after')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.field} className={row.changed ? 'changed' : 'same'}>
                  <th scope="row">{labels.field(row.field)}</th>
                  <td className="was">{labels.value(row.before)}</td>
                  <td className="now">{row.changed ? labels.value(row.after) : <span className="muted">{t('ui.activity.unchanged')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </aside>
  );
}
