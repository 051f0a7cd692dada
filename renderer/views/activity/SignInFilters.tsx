import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField.tsx';
import { useSignInsStore } from './sign-ins-store.ts';
import { OUTCOMES, REASONS, useSignInLabels, type SignInOutcome, type SignInReason } from './use-sign-in-labels.ts';

/** The user (one chosen in People, or a name or email typed), the outcome, the reason, and the days. */
export function SignInFilters() {
  const { t } = useTranslation();
  const labels = useSignInLabels();
  const filters = useSignInsStore((s) => s.filters);
  const userName = useSignInsStore((s) => s.userName);
  const setFilters = useSignInsStore((s) => s.setFilters);
  return (
    <div className="activity-filters" role="search" aria-label={t('signins.ui.filters')}>
      {filters.userId ? (
        <div className="signin-user-chip">
          <span>{t('signins.ui.user')}</span>
          <span className="chip">
            {t('signins.ui.onlyUser', { name: userName })}
            <button type="button" className="btn-link" onClick={() => setFilters({ userId: '' })}>
              {t('signins.ui.showEveryone')}
            </button>
          </span>
        </div>
      ) : (
        <label className="activity-search">
          <span>{t('signins.ui.user')}</span>
          <input type="search" value={filters.user} placeholder={t('signins.ui.userHint')} onChange={(e) => setFilters({ user: e.target.value })} />
        </label>
      )}
      <label>
        <span>{t('signins.ui.outcome')}</span>
        <select value={filters.outcome} onChange={(e) => setFilters({ outcome: e.target.value as SignInOutcome | '' })}>
          <option value="">{t('signins.ui.anyOutcome')}</option>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {labels.outcome(o)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('signins.ui.reason')}</span>
        <select value={filters.reason} onChange={(e) => setFilters({ reason: e.target.value as SignInReason | '' })}>
          <option value="">{t('signins.ui.anyReason')}</option>
          {REASONS.map((r) => (
            <option key={r} value={r}>
              {labels.reason(r)}
            </option>
          ))}
        </select>
      </label>
      <DateField label={t('ui.activity.fromDay')} value={filters.from} max={filters.to} onChange={(from) => setFilters({ from })} />
      <DateField label={t('ui.activity.toDay')} value={filters.to} min={filters.from} onChange={(to) => setFilters({ to })} />
    </div>
  );
}
