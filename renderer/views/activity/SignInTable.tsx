import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format.ts';
import { useLanguage, useTimeZone } from '../../app/selectors.ts';
import { useVirtualRows } from '../../components/use-virtual-rows.ts';
import { useSignInsStore } from './sign-ins-store.ts';
import { useSignInLabels } from './use-sign-in-labels.ts';
import { useLoadMore } from './use-load-more.ts';

/** The matching attempts, newest first, virtualized and loaded page by page like the audit log. */
export function SignInTable() {
  const { t } = useTranslation();
  const language = useLanguage();
  const timeZone = useTimeZone();
  const labels = useSignInLabels();
  const log = useSignInsStore((s) => s.log);
  const loadMore = useSignInsStore((s) => s.loadMore);
  const rows = log.rows;
  const { scrollRef, items, padTop, padBottom } = useVirtualRows(rows.length, 12);
  useLoadMore(items[items.length - 1]?.index ?? 0, rows.length, log.next !== null, loadMore);

  return (
    <div className="table-wrap activity-table" ref={scrollRef}>
      <table className="table signin-table" aria-label={t('signins.ui.tab')} aria-rowcount={log.total + 1}>
        <thead>
          <tr>
            <th className="col-sent">{t('signins.ui.when')}</th>
            <th className="col-user">{t('signins.ui.user')}</th>
            <th className="col-method">{t('signins.ui.method')}</th>
            <th className="col-outcome">{t('signins.ui.outcome')}</th>
            <th>{t('signins.ui.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && <tr style={{ height: padTop }} aria-hidden="true" />}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <tr key={row.id} aria-rowindex={item.index + 2}>
                <td>{formatDateTime(row.at, language, timeZone)}</td>
                <td title={row.user ? `${row.user.name} — ${row.email}` : `${row.email} — ${t('signins.ui.unknownUser')}`}>
                  {/* An email nobody has: the reason says so (unknown_user). */}
                  {row.user ? row.user.name : <span className="muted">{row.email}</span>}
                </td>
                <td title={labels.method(row.method)}>{labels.method(row.method)}</td>
                <td>
                  <span className={`badge signin-${row.outcome}`}>{labels.outcome(row.outcome)}</span>
                </td>
                <td title={labels.reason(row.reason)}>{labels.reason(row.reason)}</td>
              </tr>
            );
          })}
          {padBottom > 0 && <tr style={{ height: padBottom }} aria-hidden="true" />}
        </tbody>
      </table>
      {log.loading && rows.length > 0 && <p className="muted table-note">{t('ui.activity.loadingMore')}</p>}
    </div>
  );
}
