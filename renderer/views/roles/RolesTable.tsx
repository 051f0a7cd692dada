import { useTranslation } from 'react-i18next';
import { useRolesStore } from './store.ts';

/** The custom roles: name, permissions, holders; edit and delete for who manages roles. */
export function RolesTable({ canChange }: { canChange: boolean }) {
  const { t } = useTranslation();
  const roles = useRolesStore((s) => s.roles);
  const edit = useRolesStore((s) => s.edit);
  if (!roles.length) return <p className="muted">{t('people.ui.roles.none')}</p>;
  return (
    <div className="table-wrap roles-table">
      <table className="table" aria-label={t('people.ui.roles.tableLabel')}>
        <thead>
          <tr>
            <th>{t('people.ui.roles.name')}</th>
            <th>{t('people.ui.roles.permissions')}</th>
            <th className="num">{t('people.ui.roles.holders')}</th>
            {canChange && <th><span className="sr-only">{t('people.ui.columns.actions')}</span></th>}
          </tr>
        </thead>
        <tbody>
          {roles.map((role) => (
            <tr key={role.id}>
              <td className="strong">{role.name}</td>
              <td className="wrap">{role.permissions.map((p) => t(`people.permissions.${p}`)).join(', ')}</td>
              <td className="num">{role.userCount}</td>
              {canChange && (
                <td className="actions-cell">
                  <button type="button" className="btn" aria-label={t('ui.common.editNamed', { name: role.name })} onClick={() => edit({ kind: 'edit', role })}>
                    {t('ui.common.edit')}
                  </button>{' '}
                  <button type="button" className="btn btn-danger-outline" aria-label={t('people.ui.roles.deleteNamed', { name: role.name })} onClick={() => edit({ kind: 'delete', role })}>
                    {t('people.ui.actions.delete')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
