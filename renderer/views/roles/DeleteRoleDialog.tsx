import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../components/errors.ts';
import { Modal } from '../../components/Modal.tsx';
import { useRolesStore, type CustomRole } from './store.ts';

/** Deletes a custom role; while users hold it, the core refuses and names them. */
export function DeleteRoleDialog({ role }: { role: CustomRole }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const remove = useRolesStore((s) => s.remove);
  const close = useRolesStore((s) => s.edit);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId();

  const confirm = async () => {
    setBusy(true);
    const result = await remove(role);
    setBusy(false);
    if (!result.ok) setError(errorText(result.error) ?? null);
  };

  return (
    <Modal labelledBy={titleId} onClose={() => close(null)} className="people-dialog">
      <h2 id={titleId}>{t('people.ui.roles.deleteTitle', { name: role.name })}</h2>
      {error ? <div className="banner banner-error" role="alert">{error}</div> : <p>{t('people.ui.roles.deleteIntro')}</p>}
      <div className="actions">
        <button type="button" className="btn" onClick={() => close(null)}>
          {t('ui.common.cancel')}
        </button>
        <button type="button" className="btn btn-danger" disabled={busy || !!error} onClick={() => void confirm()}>
          {t('people.ui.actions.delete')}
        </button>
      </div>
    </Modal>
  );
}
