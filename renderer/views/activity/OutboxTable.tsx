import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format.ts';
import { useLanguage, useTimeZone } from '../../app/selectors.ts';
import { useVirtualRows } from '../../components/use-virtual-rows.ts';
import { useActivityStore } from './store.ts';
import { useAuditLabels } from './use-audit-labels.ts';
import { useLoadMore } from './use-load-more.ts';

/** The matching emails, newest first, virtualized and loaded page by page like the audit log. */
export function OutboxTable() {
  const { t } = useTranslation();
  const language = useLanguage();
  const timeZone = useTimeZone();
  const labels = useAuditLabels();
  const outbox = useActivityStore((s) => s.outbox);
  const openId = useActivityStore((s) => s.openEmailId);
  const open = useActivityStore((s) => s.openEmail);
  const loadMore = useActivityStore((s) => s.loadMoreOutbox);
  const rows = outbox.rows;
  const { scrollRef, items, padTop, padBottom } = useVirtualRows(rows.length, 12);
  useLoadMore(items[items.length - 1]?.index ?? 0, rows.length, outbox.next !== null, loadMore);

  return (
    <div className="table-wrap activity-table" ref={scrollRef}>
      <table className="table" aria-label={t('ui.activity.outbox')} aria-rowcount={outbox.total + 1}>
        <thead>
          <tr>
            <th className="col-sent">{t('ui.activity.when')}</th>
            <th className="col-recipient">{t('ui.activity.recipient')}</th>
            <th className="col-subject">{t('ui.activity.subject')}</th>
            <th className="col-template">{t('ui.activity.template')}</th>
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && <tr style={{ height: padTop }} aria-hidden="true" />}
          {items.map((item) => {
            const e = rows[item.index]!;
            return (
              <tr
                key={e.id}
                aria-rowindex={item.index + 2}
                aria-selected={e.id === openId}
                tabIndex={0}
                onClick={() => open(e.id)}
                onKeyDown={(ev) => (ev.key === 'Enter' || ev.key === ' ') && (ev.preventDefault(), open(e.id))}
              >
                <td>{formatDateTime(e.at, language, timeZone)}</td>
                <td title={e.to}>{e.recipientName || e.to}</td>
                <td>{e.subject}</td>
                <td>{labels.template(e.template)}</td>
              </tr>
            );
          })}
          {padBottom > 0 && <tr style={{ height: padBottom }} aria-hidden="true" />}
        </tbody>
      </table>
    </div>
  );
}
