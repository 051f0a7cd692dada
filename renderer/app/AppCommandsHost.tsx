/**
 * Where the menu's commands land in the renderer: listens for `app.command` from the host, runs it
 * against the view on screen, and shows what has no view of its own (About, "nothing to save here").
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../components/Modal.tsx';
import { usePaletteStore } from '../components/palette/store.ts';
import { api } from './api.ts';
import { commandHooks, runAppCommand, useAppCommands } from './app-commands.ts';
import { useSessionStore } from './session-store.ts';
import { StoreSettingPanel } from './StoreSettingPanel.tsx';

export function AppCommandsHost() {
  const { t } = useTranslation();
  const aboutOpen = useAppCommands((s) => s.aboutOpen);

  useEffect(() => {
    const off = api().on('app.command', ({ command }) => runAppCommand(command, commandHooks(t, () => usePaletteStore.getState().setOpen(true))));
    return off;
  }, [t]);

  return aboutOpen ? <AboutDialog /> : null;
}

/** The answer to a command that had nothing to act on in this view. */
export function CommandNotice() {
  const { t } = useTranslation();
  const notice = useAppCommands((s) => s.notice);
  const setNotice = useAppCommands((s) => s.setNotice);
  if (!notice) return null;
  return (
    <div className="banner banner-info command-notice no-print" role="status">
      <span>{notice}</span>
      <button type="button" className="btn-link" onClick={() => setNotice(null)}>
        {t('palette.commands.close')}
      </button>
    </div>
  );
}

function AboutDialog() {
  const { t } = useTranslation();
  const status = useSessionStore((s) => s.status);
  const diagnostics = useAppCommands((s) => s.diagnostics);
  const [logFile, setLogFile] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void api()['app.diagnostics']().then((result) => {
      if (live && result.ok) setLogFile(result.value.logFile);
    });
    return () => {
      live = false;
    };
  }, []);
  const close = () => useAppCommands.getState().setAboutOpen(false);
  const titleId = useId();
  return (
    <Modal labelledBy={titleId} onClose={close} className="about-dialog">
      <h2 id={titleId}>{t('palette.commands.about')}</h2>
      {status && (
        <>
          <p>
            {t('palette.commands.version', { version: status.version })} · {t(`palette.commands.mode.${status.mode}`)}
          </p>
          <dl className="about-facts">
            <dt>{t('palette.commands.dataFolderLabel')}</dt>
            <dd>
              <code className="data-folder">{status.dataDir}</code>
            </dd>
            {logFile && (
              <>
                <dt>{t('palette.commands.logFileLabel')}</dt>
                <dd>
                  <code className="data-folder">{logFile}</code>
                </dd>
              </>
            )}
          </dl>
          <p>
            <button type="button" className="btn" onClick={() => commandHooks(t, () => undefined).copyDiagnostics()}>
              {t('palette.commands.diagnostics')}
            </button>
          </p>
          {diagnostics && (
            <div className="diagnostics-fallback">
              <p role="alert">{diagnostics.why}</p>
              <textarea readOnly rows={8} aria-label={t('palette.commands.diagnostics')} value={diagnostics.report} onFocus={(e) => e.currentTarget.select()} />
            </div>
          )}
        </>
      )}
      <StoreSettingPanel />
      <div className="actions">
        <button type="button" className="btn btn-primary" onClick={close}>
          {t('palette.commands.close')}
        </button>
      </div>
    </Modal>
  );
}
