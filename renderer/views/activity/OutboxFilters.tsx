import { useTranslation } from 'react-i18next';
import { useActivityStore } from './store.ts';
import { useAuditLabels } from './use-audit-labels.ts';

/** Recipient (name or email) and template. */
export function OutboxFilters() {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const filters = useActivityStore((s) => s.outboxFilters);
  const templates = useActivityStore((s) => s.outbox.templates);
  const setFilters = useActivityStore((s) => s.setOutboxFilters);
  return (
    <div className="activity-filters" role="search" aria-label={t('ui.activity.outboxFilters')}>
      <label className="activity-search">
        <span>{t('ui.activity.recipient')}</span>
        <input type="search" value={filters.recipient} placeholder={t('ui.activity.recipientHint')} onChange={(e) => setFilters({ recipient: e.target.value })} />
      </label>
      <label>
        <span>{t('ui.activity.template')}</span>
        <select value={filters.template} onChange={(e) => setFilters({ template: e.target.value })}>
          <option value="">{t('ui.activity.anyTemplate')}</option>
          {templates.map((template) => (
            <option key={template} value={template}>
              {labels.template(template)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
