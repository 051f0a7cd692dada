import { useTranslation } from 'react-i18next';

/**
 * The line over each Activity tab's table: how many entries match (announced), "Clear filters" when
 * any is set, and the tab's Export CSV when it has one.
 */
export function ActivityToolbar({ status, filtered, onClear, onExport }: { status: string; filtered: boolean; onClear: () => void; onExport?: { disabled: boolean; run: () => void } }) {
  const { t } = useTranslation();
  return (
    <div className="activity-toolbar">
      <p className="muted" role="status">
        {status}
      </p>
      {filtered && (
        <button type="button" className="btn-link" onClick={onClear}>
          {t('ui.activity.clearFilters')}
        </button>
      )}
      {onExport && (
        <>
          <span className="spacer" />
          <button type="button" className="btn" disabled={onExport.disabled} onClick={onExport.run}>
            {t('ui.transactions.exportCsv')}
          </button>
        </>
      )}
    </div>
  );
}
