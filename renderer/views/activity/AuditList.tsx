import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format.ts';
import { useLanguage, useTimeZone } from '../../app/selectors.ts';
import { useActivityStore } from './store.ts';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function describe(values: Record<string, unknown> | null, date: (iso: string) => string): string {
  if (!values) return '—';
  const show = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : typeof v === 'string' && ISO_INSTANT.test(v) ? date(v) : String(v));
  return Object.entries(values)
    .map(([k, v]) => `${k}: ${show(v)}`)
    .join(', ');
}

export function AuditList() {
  const { t } = useTranslation();
  const entries = useActivityStore((s) => s.audit);
  const language = useLanguage();
  const timeZone = useTimeZone();
  const date = (iso: string) => formatDateTime(iso, language, timeZone);
  return (
    <div className="table-wrap">
      <table className="table" aria-label={t('ui.activity.audit')}>
        <thead>
          <tr>
            <th>{t('ui.activity.when')}</th>
            <th>{t('ui.activity.who')}</th>
            <th>{t('ui.activity.what')}</th>
            <th>{t('ui.activity.change')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{formatDateTime(e.at, language, timeZone)}</td>
              <td>{e.actorId ? e.actorName : t('ui.activity.system')}</td>
              <td>{t(`ui.audit.${e.action}`, { defaultValue: e.action })}</td>
              <td className="change">
                <div>{t('ui.activity.before')}: {describe(e.before, date)}</div>
                <div>{t('ui.activity.after')}: {describe(e.after, date)}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
