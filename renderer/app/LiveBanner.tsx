import { useTranslation } from 'react-i18next';
import { useErrorText } from '../components/errors.ts';
import { RemoteChanges } from '../components/RemoteChanges.tsx';
import { useLive } from './live-updates.ts';

/** A shared account's state: offline (read-only from this desktop's copy), or a command that lost to another desktop. */
export function LiveBanner() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const online = useLive((s) => s.online);
  const lost = useLive((s) => s.lost);
  const setLost = useLive((s) => s.setLost);
  return (
    <>
      {!online && (
        <div className="banner banner-warn no-print" role="status">
          {t('errors.store.offline')}
        </div>
      )}
      {lost && (
        <div className="banner banner-warn live-lost no-print" role="alert">
          <div>
            <span>{errorText(lost)}</span>
            <RemoteChanges changes={lost.changes} heading="lostTitle" />
          </div>
          <button type="button" className="btn-link" onClick={() => setLost(null)}>
            {t('palette.commands.close')}
          </button>
        </div>
      )}
    </>
  );
}
