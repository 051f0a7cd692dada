import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format.ts';
import { useLanguage, useTimeZone } from '../../app/selectors.ts';
import type { UserDetail } from './store.ts';
import { changeSummary } from '../activity/change-summary.ts';
import { useAuditLabels } from '../activity/use-audit-labels.ts';
import { usePeopleLabels } from './use-labels.ts';

type Entry = UserDetail['history'][number];

/** The user's history, newest first: what changed, who changed it, when. */
export function UserHistory({ entries }: { entries: Entry[] }) {
  const { t } = useTranslation();
  const labels = usePeopleLabels();
  const audit = useAuditLabels();
  const language = useLanguage();
  const timeZone = useTimeZone();
  if (!entries.length) return <p className="muted">{t('people.ui.details.noHistory')}</p>;
  return (
    <ol className="history" aria-label={t('people.ui.details.history')}>
      {entries.map((e) => (
        <li key={e.id}>
          <div className="strong">{labels.action(e.action)}</div>
          <div className="muted small">{t('people.ui.details.byWhen', { who: e.actorId ? e.actorName : t('ui.activity.system'), when: formatDateTime(e.at, language, timeZone) })}</div>
          {(e.before || e.after) && <div className="change">{changeSummary(e, audit)}</div>}
        </li>
      ))}
    </ol>
  );
}
