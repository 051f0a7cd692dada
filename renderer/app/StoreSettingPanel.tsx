/**
 * "Where the account lives", in About: this computer's files or a shared database; in the desktop app
 * those who manage roles may point it at a shared database (the address goes to the OS keychain)
 * or back to the files, applied on restart. Browser mode chooses at start (`--store`).
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, OutputOf } from '../../core/contract.ts';
import { useErrorText } from '../components/errors.ts';
import { TextField } from '../components/Field.tsx';
import { api } from './api.ts';
import { useLive } from './live-updates.ts';
import { useCan } from './selectors.ts';
import { useSessionStore } from './session-store.ts';

type Setting = OutputOf<'host.storeSetting'>;

export function StoreSettingPanel() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const status = useSessionStore((s) => s.status);
  const online = useLive((s) => s.online);
  const mayChange = useCan('manage_roles');
  const [setting, setSetting] = useState<Setting | null>(null);
  const [hostError, setHostError] = useState<AppError | null>(null);
  const [url, setUrl] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const urlId = useId();

  useEffect(() => {
    void api()['host.storeSetting']().then((result) => (result.ok ? setSetting(result.value) : setHostError(result.error)));
  }, []);

  const save = async (next: string, restart: boolean) => {
    setBusy(true);
    setError(null);
    const result = await api()['host.setStoreSetting']({ url: next, restart });
    setBusy(false);
    if (result.ok) setSetting(result.value);
    else setError(result.error);
  };

  const kind = setting?.current ?? status?.store.kind ?? 'files';
  const location = setting?.location ?? status?.store.location ?? status?.dataDir ?? '';
  const urlError = error?.fields?.url ? errorText(error.fields.url) : undefined;
  return (
    <section className="store-setting" aria-labelledby={`${urlId}-title`}>
      <h3 id={`${urlId}-title`}>{t('palette.store.title')}</h3>
      <p>
        {t(kind === 'shared' ? 'palette.store.shared' : 'palette.store.files')}
        {kind === 'shared' && ` (${t(online ? 'palette.store.online' : 'palette.store.offline')})`}
      </p>
      {kind === 'shared' && (
        <p>
          <code className="data-folder">{location}</code>
        </p>
      )}
      {hostError && <p className="muted">{t('palette.store.browserMode')}</p>}
      {setting && setting.restartNeeded && (
        <p className="banner banner-info" role="status">
          {setting.saved ? t('palette.store.savedShared', { location: setting.saved }) : t('palette.store.savedFiles')} — {t('palette.store.restartNeeded')}
        </p>
      )}
      {setting && mayChange && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save(url, true);
          }}
        >
          <TextField label={t('palette.store.urlLabel')} error={urlError} hint={t('palette.store.urlHint')} type="text" autoComplete="off" spellCheck={false} value={url} placeholder="postgres://" onChange={(e) => setUrl(e.target.value)} />
          {error && !urlError && (
            <div className="banner banner-error" role="alert">
              {errorText(error)}
            </div>
          )}
          <div className="actions">
            {(setting.saved !== null || kind === 'shared') && (
              <button type="button" className="btn" disabled={busy} onClick={() => void save('', true)}>
                {t('palette.store.useFiles')}
              </button>
            )}
            <button type="submit" className="btn btn-primary" disabled={busy || !url.trim()}>
              {t('palette.store.restart')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
