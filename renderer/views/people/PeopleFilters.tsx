import { useTranslation } from 'react-i18next';
import { useRolesStore } from '../roles/store.ts';
import { usePeopleStore, type UserStatus } from './store.ts';
import { usePeopleLabels } from './use-labels.ts';

const BUILT_IN = ['super_admin', 'admin', 'user'] as const;
const STATUSES: UserStatus[] = ['invited', 'active', 'deactivated'];

/** Search by name or email; filter by role (custom roles too), product, no licence, status. */
export function PeopleFilters() {
  const { t } = useTranslation();
  const labels = usePeopleLabels();
  const filters = usePeopleStore((s) => s.filters);
  const setFilters = usePeopleStore((s) => s.setFilters);
  const clearFilters = usePeopleStore((s) => s.clearFilters);
  const productIds = usePeopleStore((s) => s.productIds);
  const roles = useRolesStore((s) => s.roles);
  return (
    <div className="people-filters" role="search" aria-label={t('people.ui.filters')}>
      <input className="search" type="search" aria-label={t('ui.people.search')} placeholder={t('ui.people.search')} value={filters.query} onChange={(e) => setFilters({ query: e.target.value })} />
      <label>
        <span>{t('ui.people.role')}</span>
        <select value={filters.role} onChange={(e) => setFilters({ role: e.target.value })}>
          <option value="">{t('people.ui.anyRole')}</option>
          {BUILT_IN.map((role) => (
            <option key={role} value={role}>
              {t(`ui.roles.${role}`)}
            </option>
          ))}
          {roles.map((role) => (
            <option key={role.id} value={`custom:${role.id}`}>
              {role.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('people.ui.product')}</span>
        <select value={filters.productId} disabled={filters.noLicence} onChange={(e) => setFilters({ productId: e.target.value })}>
          <option value="">{t('people.ui.anyProduct')}</option>
          {productIds.map((id) => (
            <option key={id} value={id}>
              {labels.product(id)}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={filters.noLicence} onChange={(e) => setFilters({ noLicence: e.target.checked })} />
        {t('people.ui.noLicence')}
      </label>
      <label>
        <span>{t('people.ui.statusLabel')}</span>
        <select value={filters.status} onChange={(e) => setFilters({ status: e.target.value as UserStatus | '' })}>
          <option value="">{t('people.ui.anyStatus')}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {labels.status(status)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="btn-link" onClick={clearFilters}>
        {t('people.ui.clearFilters')}
      </button>
    </div>
  );
}
