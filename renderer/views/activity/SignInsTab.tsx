import { useTranslation } from 'react-i18next';
import { ActivityToolbar } from './ActivityToolbar.tsx';
import { useProvideCommands } from '../../app/app-commands.ts';
import { formatDateTime } from '../../app/format.ts';
import { downloadFile } from '../../app/print.ts';
import { useLanguage, useTimeZone } from '../../app/selectors.ts';
import { signInsCsv } from './sign-ins-csv.ts';
import { SignInFilters } from './SignInFilters.tsx';
import { useSignInsStore } from './sign-ins-store.ts';
import { SignInTable } from './SignInTable.tsx';
import { useSignInLabels } from './use-sign-in-labels.ts';

/** Every attempt the filters match (all pages, not only those loaded on screen), as CSV worded as the table. */
function useExportSignIns() {
  const { t } = useTranslation();
  const readAll = useSignInsStore((s) => s.forExport);
  const language = useLanguage();
  const timeZone = useTimeZone();
  const labels = useSignInLabels();
  return async () => {
    const all = await readAll();
    if (!all.ok) return; // the store shows why
    const u = (key: string) => t(`signins.ui.${key}`);
    const csv = signInsCsv(all.rows, {
      headers: { when: u('when'), user: u('user'), email: u('email'), method: u('method'), outcome: u('outcome'), reason: u('reason') },
      when: (iso) => formatDateTime(iso, language, timeZone),
      user: (row) => row.user?.name ?? u('unknownUser'),
      method: (row) => labels.method(row.method),
      outcome: (row) => labels.outcome(row.outcome),
      reason: (row) => labels.reason(row.reason),
    });
    downloadFile('sign-ins.csv', `\uFEFF${csv}`, 'text/csv;charset=utf-8');
  };
}

/** The sign-in log: filters, how many attempts match, Export CSV, and the table. */
export function SignInsTab() {
  const { t } = useTranslation();
  const log = useSignInsStore((s) => s.log);
  const clear = useSignInsStore((s) => s.clearFilters);
  const filtered = useSignInsStore((s) => Object.values(s.filters).some((v) => v !== ''));
  const exportCsv = useExportSignIns();
  useProvideCommands(log.rows.length ? { exportCsv } : {});
  return (
    <>
      <SignInFilters />
      <ActivityToolbar
        status={log.loaded ? t('signins.ui.count', { count: log.total }) : t('signins.ui.loading')}
        filtered={filtered}
        onClear={clear}
        onExport={{ disabled: log.total === 0, run: () => void exportCsv() }}
      />
      {log.loaded && log.total === 0 && <p className="muted">{filtered ? t('signins.ui.noMatch') : t('signins.ui.empty')}</p>}
      {log.rows.length > 0 && <SignInTable />}
    </>
  );
}
