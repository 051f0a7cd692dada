import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format.ts';
import { useLanguage, useTimeZone } from '../../app/selectors.ts';
import { useActivityStore } from './store.ts';

export function OutboxList() {
  const { t } = useTranslation();
  const emails = useActivityStore((s) => s.emails);
  const openId = useActivityStore((s) => s.openEmailId);
  const open = useActivityStore((s) => s.openEmail);
  const language = useLanguage();
  const timeZone = useTimeZone();
  const opened = emails.find((e) => e.id === openId);
  if (emails.length === 0) return <p className="muted">{t('ui.activity.noEmails')}</p>;
  return (
    <div className="split">
      <div className="table-wrap">
        <table className="table" aria-label={t('ui.activity.outbox')}>
          <thead>
            <tr>
              <th>{t('ui.activity.when')}</th>
              <th>{t('ui.activity.to')}</th>
              <th>{t('ui.activity.subject')}</th>
            </tr>
          </thead>
          <tbody>
            {emails.map((e) => (
              <tr key={e.id} tabIndex={0} aria-selected={e.id === openId} onClick={() => open(e.id)} onKeyDown={(ev) => ev.key === 'Enter' && open(e.id)}>
                <td>{formatDateTime(e.at, language, timeZone)}</td>
                <td>{e.to}</td>
                <td>{e.subject}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <aside className="panel" aria-label={t('ui.activity.email')}>
        <div className="panel-body">
          {opened ? (
            <>
              <h2>{opened.subject}</h2>
              <p className="muted">{opened.to}</p>
              <pre className="email">{opened.body}</pre>
            </>
          ) : (
            <span className="muted">{t('ui.activity.selectEmail')}</span>
          )}
        </div>
      </aside>
    </div>
  );
}
