import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format.ts';
import { useLanguage, useTimeZone } from '../../app/selectors.ts';
import { diffRows, groupRows } from './change-diff.ts';
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
  const show = (field: string, value: unknown) => labels.value(field, value, entry.refs);
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
            {groupRows(rows).map((group) => (
              <tbody key={group.head.map((s) => s.text).join('/') || 'fields'}>
                {group.head.length > 0 && (
                  <tr className="group">
                    <th colSpan={3} scope="rowgroup">
                      {labels.path(group.head, entry.refs)}
                    </th>
                  </tr>
                )}
                {group.rows.map((row) => (
                  <tr key={row.rest.map((s) => s.text).join('/')} className={row.changed ? 'changed' : 'same'}>
                    <th scope="row">{labels.path(row.rest, entry.refs)}</th>
                    <td className="was">{show(row.field, row.before)}</td>
                    <td className="now">{row.changed ? show(row.field, row.after) : <span className="muted">{t('ui.activity.unchanged')}</span>}</td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        )}
      </div>
    </aside>
  );
}
