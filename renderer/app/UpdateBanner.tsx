/**
 * The desktop's updates (electron/main/updates.ts), where the user looks: a line while a new version
 * downloads, then "Restart to update" — the user's consent, the only way an update installs. A refused
 * download (its SHA-512 did not match) is said once. Browser mode has no updates: nothing is asked and
 * nothing shows.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateState } from '../../core/contract.ts';
import { api } from './api.ts';
import { useSessionStore } from './session-store.ts';

export function UpdateBanner() {
  const { t } = useTranslation();
  const [state, setState] = useState<UpdateState | null>(null);
  const [dismissed, setDismissed] = useState(false);
  // Browser mode never updates (its host answers `unavailable`): no call for nothing after sign-in.
  const browser = useSessionStore((s) => s.status?.mode === 'browser');
  useEffect(() => {
    let live = true;
    if (!browser) {
      void api()['host.updateState']().then((result) => {
        if (live && result.ok) setState(result.value);
      });
    }
    const stop = api().on('app.update', (next) => {
      setState(next);
      setDismissed(false);
    });
    return () => {
      live = false;
      stop();
    };
  }, [browser]);
  if (!state || dismissed) return null;
  if (state.status === 'downloading') {
    return (
      <div className="banner banner-info update-banner no-print" role="status">
        <span>{t('ui.updates.downloading', { version: state.version, percent: state.percent / 100 })}</span>
        <progress max={100} value={state.percent} aria-label={t('ui.updates.progress')} />
      </div>
    );
  }
  if (state.status === 'ready') {
    return (
      <div className="banner banner-info update-banner no-print" role="status">
        <span>{state.installing ? t('ui.updates.installing', { version: state.version }) : t('ui.updates.ready', { version: state.version })}</span>
        {!state.installing && (
          <span className="banner-actions">
            <button type="button" className="btn btn-primary" onClick={() => void api()['host.restartToUpdate']()}>
              {t('ui.updates.restart')}
            </button>
            <button type="button" className="btn-link" onClick={() => setDismissed(true)}>
              {t('ui.updates.later')}
            </button>
          </span>
        )}
      </div>
    );
  }
  if (state.status === 'refused') {
    return (
      <div className="banner banner-warn update-banner no-print" role="alert">
        <span>{t('ui.updates.refused', { version: state.version })}</span>
        <button type="button" className="btn-link" onClick={() => setDismissed(true)}>
          {t('palette.commands.close')}
        </button>
      </div>
    );
  }
  return null;
}
