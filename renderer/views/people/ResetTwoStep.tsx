import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../components/errors.ts';
import { Modal } from '../../components/Modal.tsx';
import { usePeopleStore, type UserDetail } from './store.ts';

/** "Reset two-step sign-in" for someone who lost their phone and recovery codes, after saying what it does. */
export function ResetTwoStep({ user, disabled }: { user: UserDetail; disabled: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const reset = usePeopleStore((s) => s.resetTwoStep);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const bodyId = useId();
  const name = `${user.firstName} ${user.lastName}`;

  async function confirm() {
    setBusy(true);
    setError(null);
    const result = await reset(user.id, name);
    setBusy(false);
    if (result.ok) setAsking(false);
    else setError(errorText(result.error) ?? null);
  }

  return (
    <>
      <button type="button" className="btn" disabled={disabled} onClick={() => setAsking(true)}>
        {t('access.twoStep.ui.reset')}
      </button>
      {asking && (
        <Modal labelledBy={titleId} describedBy={bodyId} onClose={() => setAsking(false)} className="people-dialog">
          <h2 id={titleId}>{t('access.twoStep.ui.resetTitle', { name })}</h2>
          {error && <div className="banner banner-error" role="alert">{error}</div>}
          <p id={bodyId}>{t('access.twoStep.ui.resetBody')}</p>
          <div className="actions">
            <button type="button" className="btn" onClick={() => setAsking(false)}>
              {t('access.twoStep.ui.cancel')}
            </button>
            <button type="button" className="btn btn-danger" disabled={busy} onClick={() => void confirm()}>
              {t('access.twoStep.ui.reset')}
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}
