import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/selectors.ts';
import { useSessionStore } from '../../app/session-store.ts';
import { useSelectedUser } from './selectors.ts';

/** The side panel: a user's details. Name and email are the user's own to change (SPEC §1). */
export function UserDetails() {
  const { t } = useTranslation();
  const user = useSelectedUser();
  const me = useMe();
  const go = useSessionStore((s) => s.go);
  if (!user) return <aside className="panel"><div className="panel-body muted">{t('ui.people.selectUser')}</div></aside>;
  const name = `${user.firstName} ${user.lastName}`;
  return (
    <aside className="panel" aria-label={t('ui.people.details')}>
      <div className="panel-head"><h2>{name}</h2></div>
      <div className="panel-body">
        <dl className="facts" style={{ gridTemplateColumns: '110px 1fr' }}>
          <dt>{t('ui.fields.email')}</dt>
          <dd>{user.email}</dd>
          <dt>{t('ui.people.role')}</dt>
          <dd>{user.customRoleName ?? t(`ui.roles.${user.role}`)}</dd>
          <dt>{t('ui.people.products')}</dt>
          <dd>{user.products.length ? user.products.map((p) => <span key={p} className="badge">{t(`ui.products.${p}`)}</span>) : <span className="muted">{t('ui.people.noProducts')}</span>}</dd>
        </dl>
        {me?.id === user.id ? (
          <p><button type="button" className="btn-link" onClick={() => go('my-account')}>{t('ui.people.editInMyAccount')}</button></p>
        ) : (
          <p className="banner banner-info" role="note">{t('errors.users.onlySelfDetails', { name })}</p>
        )}
      </div>
    </aside>
  );
}
