import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format.ts';
import { useLanguage, useTimeZone } from '../../app/selectors.ts';
import { useSessionStore } from '../../app/session-store.ts';
import { RECENT_COUNT, useSignInsStore } from '../activity/sign-ins-store.ts';
import { useSignInLabels } from '../activity/use-sign-in-labels.ts';

/** A user's latest sign-ins in People's side panel, and the way to all of them in Activity. */
export function RecentSignIns({ user }: { user: { id: string; firstName: string; lastName: string; updatedAt: string } }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const timeZone = useTimeZone();
  const labels = useSignInLabels();
  const recent = useSignInsStore((s) => (s.recent?.userId === user.id ? s.recent : null));
  const loadRecent = useSignInsStore((s) => s.loadRecent);
  const showUser = useSignInsStore((s) => s.showUser);
  const go = useSessionStore((s) => s.go);
  const name = `${user.firstName} ${user.lastName}`;
  // Read again when the user changes (a sign-in refused or let in changes the record's counters too).
  useEffect(() => {
    void loadRecent(user.id);
  }, [user.id, user.updatedAt, loadRecent]);

  return (
    <section aria-labelledby="recent-sign-ins">
      <h3 className="section-title" id="recent-sign-ins">{t('signins.ui.recent')}</h3>
      {recent && recent.rows.length > 0 ? (
        <ul className="detail-list">
          {recent.rows.slice(0, RECENT_COUNT).map((row) => (
            <li key={row.id}>
              <span>
                <span className={`badge signin-${row.outcome}`}>{labels.outcome(row.outcome)}</span> {formatDateTime(row.at, language, timeZone)}
              </span>
              <span className="muted small">{[labels.method(row.method), labels.reason(row.reason)].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ul>
      ) : (
        recent && <p className="muted">{t('signins.ui.recentNone')}</p>
      )}
      {recent && recent.total > 0 && (
        <p>
          <button
            type="button"
            className="btn-link"
            onClick={() => {
              showUser(user.id, name);
              go('activity');
            }}
          >
            {t('signins.ui.seeAll', { name })}
          </button>
        </p>
      )}
    </section>
  );
}
