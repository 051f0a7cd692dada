import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format.ts';
import { useLanguage } from '../../app/selectors.ts';
import { useErrorText } from '../../components/errors.ts';
import { Modal } from '../../components/Modal.tsx';
import { DryRunReport } from './DryRunReport.tsx';
import { FileChooser } from './FileChooser.tsx';
import { FormatHelp } from './FormatHelp.tsx';
import { ImportProgress } from './ImportProgress.tsx';
import { useImportStore } from './store.ts';
import { useDownloads } from './use-downloads.ts';
import './imports.css';

/** Licences from a CSV file: a dry-run report per row, then apply as one command. */
export interface ImportDialogProps {
  /** `changed` is true when the import was applied (the caller reloads its users). */
  onClose: (changed: boolean) => void;
}

/**
 * People > Import CSV (SPEC §5): choose or drop a file, see what every row would do (nothing changes),
 * optionally take queued users out of their queues and email them, then apply the `ok` rows at once.
 */
export function ImportDialog({ onClose }: ImportDialogProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const language = useLanguage();
  const s = useImportStore();
  const download = useDownloads();
  const titleId = useId();
  const introId = useId();
  const start = s.start;
  useEffect(() => {
    void start();
  }, [start]);

  // Closed while applying, the change may still land: the caller reloads either way.
  const close = () => onClose(s.phase === 'done' || s.phase === 'applying');
  const ready = s.phase === 'report';
  const count = s.report?.totals.ok ?? 0;

  return (
    <Modal labelledBy={titleId} describedBy={introId} onClose={close} className={s.report && s.phase !== 'done' ? 'import-dialog with-report' : 'import-dialog'}>
      <h2 id={titleId}>{t('imports.ui.title')}</h2>
      {s.phase !== 'done' && (
        <p id={introId} className="muted">
          {t('imports.ui.intro')}
        </p>
      )}
      {s.error && (
        <div className="banner banner-error" role="alert">
          {errorText({ key: s.error.key, params: s.error.params, message: s.error.message ?? s.error.key })}
        </div>
      )}
      {s.phase === 'done' && s.applied ? (
        <div id={introId} className="banner banner-info" role="status">
          {t('imports.ui.done', { rows: formatNumber(s.applied.applied, language), users: formatNumber(s.applied.changedUsers, language) })}
        </div>
      ) : (
        <>
          {!s.report && s.phase === 'choose' && <FileChooser />}
          <ImportProgress />
          {s.report ? <DryRunReport /> : <FormatHelp open={s.phase === 'choose'} />}
        </>
      )}
      <div className="actions import-actions">
        {s.report && s.phase !== 'done' && (
          <>
            <label className="check notify">
              <input type="checkbox" checked={s.notify} onChange={(e) => s.setNotify(e.target.checked)} />
              {t('imports.ui.notify')}
            </label>
            <button type="button" className="btn" onClick={download.report}>
              {t('imports.ui.download')}
            </button>
          </>
        )}
        <span className="spacer" />
        <button type="button" className="btn" onClick={close}>
          {t(s.phase === 'done' ? 'imports.ui.close' : 'ui.common.cancel')}
        </button>
        {s.phase !== 'done' && s.report && (
          <button type="button" className="btn btn-primary" disabled={!ready || count === 0} aria-busy={s.phase === 'applying'} onClick={() => void s.apply()}>
            {t('imports.ui.apply', { count, rows: formatNumber(count, language) })}
          </button>
        )}
      </div>
    </Modal>
  );
}
