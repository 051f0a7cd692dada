import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../components/errors.ts';
import { Modal } from '../../components/Modal.tsx';
import { usePeopleStore } from './store.ts';
import { useTargetsLabel } from './use-targets.ts';

type Props = { userIds: string[] } & ({ kind: 'status'; status: 'active' | 'deactivated' } | { kind: 'delete' } | { kind: 'revoke' });

/** Deactivate, reactivate, delete or revoke an invitation, after saying what it does (licences and queue places freed, history kept). */
export function ConfirmDialog(props: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const setStatus = usePeopleStore((s) => s.setStatus);
  const remove = usePeopleStore((s) => s.remove);
  const revoke = usePeopleStore((s) => s.revokeInvitation);
  const close = usePeopleStore((s) => s.closeDialog);
  const who = useTargetsLabel(props.userIds);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const bodyId = useId();
  const what = props.kind === 'status' ? (props.status === 'active' ? 'reactivate' : 'deactivate') : props.kind;
  const consequences = {
    delete: ['people.ui.confirm.freesLicences', 'people.ui.confirm.leavesQueues', 'people.ui.confirm.historyKept', 'people.ui.confirm.cannotUndo'],
    deactivate: ['people.ui.confirm.freesLicences', 'people.ui.confirm.leavesQueues', 'people.ui.confirm.cannotSignIn'],
    reactivate: ['people.ui.confirm.canSignInAgain'],
    revoke: ['access.ui.people.revokeBody'],
  }[what];

  const confirm = async () => {
    setBusy(true);
    setError(null);
    const result = props.kind === 'delete' ? await remove(props.userIds) : props.kind === 'revoke' ? await revoke(props.userIds) : await setStatus(props.userIds, props.status);
    setBusy(false);
    if (!result.ok) setError(errorText(result.error) ?? null);
  };

  return (
    <Modal labelledBy={titleId} describedBy={bodyId} onClose={() => close(false)} className="people-dialog">
      <h2 id={titleId}>{what === 'revoke' ? t('access.ui.people.revokeTitle') : t(`people.ui.confirm.${what}Title`, { who })}</h2>
      {error && <div className="banner banner-error" role="alert">{error}</div>}
      <ul id={bodyId} className="consequences">
        {consequences.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="btn" onClick={() => close(false)}>
          {t('ui.common.cancel')}
        </button>
        <button type="button" className={what === 'reactivate' ? 'btn btn-primary' : 'btn btn-danger'} disabled={busy} onClick={() => void confirm()}>
          {what === 'revoke' ? t('access.ui.people.revoke') : t(`people.ui.actions.${what}`)}
        </button>
      </div>
    </Modal>
  );
}
