import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField.tsx';
import { ActorFilter } from './ActorFilter.tsx';
import { useActivityStore } from './store.ts';
import { useAuditLabels } from './use-audit-labels.ts';

/** Who made the change (among those who made any: a combo box, ActorFilter.tsx), its kind, its target, and the days, in the user's time zone. */
export function AuditFilters() {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const filters = useActivityStore((s) => s.auditFilters);
  const facets = useActivityStore((s) => s.facets);
  const setFilters = useActivityStore((s) => s.setAuditFilters);
  const actors = facets?.actors ?? [];
  const kinds = facets?.kinds ?? [];

  return (
    <div className="activity-filters" role="search" aria-label={t('ui.activity.auditFilters')}>
      <ActorFilter actors={actors} value={filters.actorId} onChange={(actorId) => setFilters({ actorId })} />
      <label>
        <span>{t('ui.activity.kind')}</span>
        <select value={filters.kind} onChange={(e) => setFilters({ kind: e.target.value })}>
          <option value="">{t('ui.activity.anyKind')}</option>
          {kinds.map((k) => (
            <option key={k.kind} value={k.kind}>
              {labels.kind(k.kind)}
            </option>
          ))}
        </select>
      </label>
      <label className="activity-search">
        <span>{t('ui.activity.targetSearch')}</span>
        <input type="search" value={filters.target} placeholder={t('ui.activity.targetHint')} onChange={(e) => setFilters({ target: e.target.value })} />
      </label>
      <DateField label={t('ui.activity.fromDay')} value={filters.from} max={filters.to} onChange={(from) => setFilters({ from })} />
      <DateField label={t('ui.activity.toDay')} value={filters.to} min={filters.from} onChange={(to) => setFilters({ to })} />
    </div>
  );
}
