import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, OutputOf } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { useErrorText } from '../../components/errors.ts';
import { Modal } from '../../components/Modal.tsx';
import { readFileText } from '../imports/read-file.ts';
import { parseUsersCsv, type UserRow } from './parse.ts';

type Report = OutputOf<'users.importCheck'>;

/**
 * Invite users from a CSV (email, first name, last name, role, products, features): the dry run's
 * report row by row, then one command that invites them all — only when every row is ready.
 */
export function UserImportDialog({ onClose }: { onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const titleId = useId();
  const [rows, setRows] = useState<UserRow[]>([]);
  const [report, setReport] = useState<Report | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [invited, setInvited] = useState<number | null>(null);

  async function load(file: File) {
    setBusy(true);
    setProblem(null);
    setReport(null);
    const parsed = parseUsersCsv(await readFileText(file, () => undefined));
    if (!parsed.ok) {
      setProblem(t(parsed.key));
      setBusy(false);
      return;
    }
    setRows(parsed.rows);
    const checked = await api()['users.importCheck']({ rows: parsed.rows });
    setBusy(false);
    if (checked.ok) setReport(checked.value);
    else setProblem(errorText(checked.error) ?? null);
  }

  async function apply() {
    if (!report) return;
    setBusy(true);
    const result = await api()['users.importApply']({ rows, digest: report.digest });
    setBusy(false);
    if (result.ok) setInvited(result.value.invited);
    else setProblem(errorText(result.error as AppError) ?? null);
  }

  const ready = report !== null && report.totals.ok === report.rows.length;
  return (
    <Modal labelledBy={titleId} onClose={() => onClose(invited !== null)} className="people-dialog user-import">
      <h2 id={titleId}>{t('access.ui.import.title')}</h2>
      <p className="muted">{t('access.ui.import.format')}</p>
      {problem && <div className="banner banner-error" role="alert">{problem}</div>}
      {invited !== null ? (
        <div className="banner banner-info" role="status">{t('access.ui.import.invited', { count: invited, number: invited })}</div>
      ) : (
        <label className="btn file-button">
          {t('access.ui.import.choose')}
          <input
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/plain"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              // The same file chosen again (after fixing it) must load again.
              e.target.value = '';
              if (file) void load(file);
            }}
          />
        </label>
      )}
      {report && invited === null && (
        <>
          <p role="status">{t(ready ? 'access.ui.import.allReady' : 'access.ui.import.notReady', { count: report.rows.length - report.totals.ok, number: report.rows.length - report.totals.ok })}</p>
          <div className="table-scroll">
            <table aria-label={t('access.ui.import.report')}>
              <thead>
                <tr>
                  <th scope="col">{t('access.ui.import.line')}</th>
                  <th scope="col">{t('ui.fields.email')}</th>
                  <th scope="col">{t('ui.fields.name')}</th>
                  <th scope="col">{t('access.ui.import.result')}</th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map((r) => (
                  <tr key={r.line} className={r.status === 'ok' ? undefined : 'row-problem'}>
                    <td>{r.line}</td>
                    <td>{r.email}</td>
                    <td>{r.name}</td>
                    <td>{t(r.key, { defaultValue: r.message, ...(r.params ?? {}) })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <div className="actions">
        <button type="button" className="btn" onClick={() => onClose(invited !== null)}>
          {t(invited !== null ? 'access.ui.import.close' : 'ui.common.cancel')}
        </button>
        {invited === null && (
          <button type="button" className="btn btn-primary" disabled={!ready || busy} onClick={() => void apply()}>
            {t('access.ui.import.submit', { count: report?.rows.length ?? 0, number: report?.rows.length ?? 0 })}
          </button>
        )}
      </div>
    </Modal>
  );
}
