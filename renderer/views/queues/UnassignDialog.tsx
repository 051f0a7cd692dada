import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../components/errors.ts';
import { Modal } from '../../components/Modal.tsx';
import { useQueuesStore, type Leaving } from './store.ts';

/** Confirms taking one member out of a queue; their last queue going frees their Contact Center licence. */
export function UnassignDialog({ leaving }: { leaving: Leaving }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const ask = useQueuesStore((s) => s.ask);
  const unassign = useQueuesStore((s) => s.unassign);
  const busy = useQueuesStore((s) => s.busy);
  const error = useQueuesStore((s) => s.confirmError);
  const titleId = useId();
  const textId = useId();
  const { queue, member } = leaving;
  const params = { name: member.name, queue: queue.name, kind: t(`queues.kind.${queue.kind}`), role: t(`queues.role.${member.role}`) };
  return (
    <Modal labelledBy={titleId} describedBy={textId} onClose={() => ask(null)}>
      <h2 id={titleId}>{t('queues.ui.confirm.title', params)}</h2>
      <div id={textId}>
        <p>{t('queues.ui.confirm.text', params)}</p>
        <p className="muted">{t('queues.ui.confirm.licence')}</p>
      </div>
      {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
      <div className="actions">
        <button type="button" className="btn" onClick={() => ask(null)}>
          {t('ui.common.cancel')}
        </button>
        <button type="button" className="btn btn-danger" disabled={busy} aria-busy={busy} onClick={() => void unassign()}>
          {t('queues.ui.confirm.ok')}
        </button>
      </div>
    </Modal>
  );
}
