import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format.ts';
import { useLanguage, useMe, useTimeZone } from '../../app/selectors.ts';
import { useSessionStore } from '../../app/session-store.ts';
import { usePeopleStore } from './store.ts';
import { usePeopleLabels } from './use-labels.ts';
import { UserHistory } from './UserHistory.tsx';
import { AccessActions } from './AccessActions.tsx';
import { RecentSignIns } from './RecentSignIns.tsx';

/** The side panel, while a user is selected: details, products and features, queues, recent sign-ins, history. Name and email are the user's own (SPEC §1). */
export function UserDetails() {
  const { t } = useTranslation();
  const labels = usePeopleLabels();
  const user = usePeopleStore((s) => s.detail);
  const selected = usePeopleStore((s) => s.selectedId);
  const select = usePeopleStore((s) => s.select);
  const me = useMe();
  const go = useSessionStore((s) => s.go);
  const language = useLanguage();
  const timeZone = useTimeZone();
  const close = (
    <button type="button" className="btn-link close" aria-label={t('people.ui.details.close')} onClick={() => select(null)}>
      ×
    </button>
  );
  if (!selected) return null;
  if (!user) return <aside className="panel user-details"><div className="panel-head"><span className="muted">{t('people.ui.details.loading')}</span>{close}</div></aside>;
  const name = `${user.firstName} ${user.lastName}`;
  return (
    <aside className="panel user-details" aria-label={t('ui.people.details')}>
      <div className="panel-head">
        <h2>{name}</h2>
        <span className={`badge status-${user.status}`}>{labels.status(user.status)}</span>
        {close}
      </div>
      <div className="panel-body">
        <dl className="facts">
          <dt>{t('ui.fields.email')}</dt>
          <dd>{user.email}</dd>
          <dt>{t('ui.people.role')}</dt>
          <dd>{labels.role(user)}</dd>
          <dt>{t('ui.people.billingContact')}</dt>
          <dd>{user.billingContact ? t('ui.common.yes') : t('people.ui.no')}</dd>
          <dt>{t('people.ui.details.created')}</dt>
          <dd>{formatDate(user.createdAt, language, timeZone)}</dd>
        </dl>
        <AccessActions user={user} />
        {me?.id === user.id ? (
          <p><button type="button" className="btn-link" onClick={() => go('my-account')}>{t('ui.people.editInMyAccount')}</button></p>
        ) : (
          <p className="banner banner-info" role="note">{t('errors.users.onlySelfDetails', { name })}</p>
        )}
        <h3 className="section-title">{t('ui.people.products')}</h3>
        {user.products.length ? (
          <ul className="detail-list">
            {user.products.map((p) => {
              const on = Object.entries(p.features).filter(([, enabled]) => enabled).map(([f]) => labels.feature(f));
              // Where it comes from: given directly, and/or "via <group>" for each group that gives it.
              const sources = [...(p.direct ? [t('groups.ui.direct')] : []), ...p.via.map((g) => t('groups.ui.via', { group: g.name }))];
              return (
                <li key={p.productId}>
                  <span className="strong">{labels.product(p.productId)}</span>
                  <span className="muted small">{on.length ? on.join(', ') : t('people.ui.details.noFeatures')}</span>
                  {p.via.length > 0 && <span className="small licence-source">{sources.join(' · ')}</span>}
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="muted">{t('ui.people.noProducts')}</p>
        )}
        <h3 className="section-title">{t('people.ui.details.queues')}</h3>
        {user.queues.length ? (
          <ul className="detail-list">
            {user.queues.map((q) => (
              <li key={q.queueId}>
                <span className="strong">{q.name}</span>
                <span className="muted small">{`${t(`people.queueKinds.${q.kind}`)} · ${t(`people.queueRoles.${q.role}`)}`}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('people.ui.details.noQueues')}</p>
        )}
        <RecentSignIns user={user} />
        <h3 className="section-title">{t('people.ui.details.history')}</h3>
        <UserHistory entries={user.history} />
      </div>
    </aside>
  );
}
