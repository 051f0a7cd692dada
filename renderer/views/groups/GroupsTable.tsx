import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/use-formatters.ts';
import { useGroupsStore, type GroupView } from './store.ts';

/** One row per group: its members and products, and what can be done with it. */
export function GroupsTable() {
  const { t } = useTranslation();
  const groups = useGroupsStore((s) => s.groups);
  if (!groups.length) return <p className="muted">{t('groups.ui.empty')}</p>;
  return (
    <div className="table-wrap groups-table">
      <table className="table plain" aria-label={t('groups.ui.caption')}>
        <thead>
          <tr>
            <th scope="col">{t('groups.ui.name')}</th>
            <th scope="col" className="num">{t('groups.ui.members')}</th>
            <th scope="col">{t('groups.ui.products')}</th>
            <th scope="col">{t('groups.ui.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <GroupLine key={g.id} group={g} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function GroupLine({ group }: { group: GroupView }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const select = useGroupsStore((s) => s.select);
  const edit = useGroupsStore((s) => s.edit);
  const current = useGroupsStore((s) => s.selectedId === group.id);
  const products = group.products.map((p) => t(`ui.products.${p.productId}`)).join(', ');
  return (
    <tr aria-current={current || undefined} className={current ? 'current' : undefined}>
      <th scope="row">{group.name}</th>
      <td className="num">{t('groups.ui.memberCount', f.count(group.members.length))}</td>
      <td className="wrap">{products || <span className="muted">{t('groups.ui.noProducts')}</span>}</td>
      <td className="wrap">
        <div className="row-actions">
        <button type="button" className="btn" aria-label={t('groups.ui.manageNamed', { name: group.name })} onClick={() => select(group.id)}>
          {t('groups.ui.manage')}
        </button>
        <button type="button" className="btn-link" aria-label={t('groups.ui.renameNamed', { name: group.name })} onClick={() => edit({ kind: 'rename', group })}>
          {t('groups.ui.rename')}
        </button>
        <button type="button" className="btn-link" aria-label={t('groups.ui.deleteNamed', { name: group.name })} onClick={() => edit({ kind: 'delete', group })}>
          {t('groups.ui.delete')}
        </button>
        </div>
      </td>
    </tr>
  );
}
