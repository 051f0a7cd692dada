import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../core/contract.ts';
import { useFormatters } from '../../app/use-formatters.ts';
import { useErrorText } from '../../components/errors.ts';
import { Modal } from '../../components/Modal.tsx';
import { useQueuesStore, type QueueView } from './store.ts';

/** Confirms a queue's deletion with how many members leave it (what they hold stays). */
export function DeleteQueueDialog({ queue }: { queue: QueueView }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const errorText = useErrorText();
  const close = useQueuesStore((s) => s.edit);
  const remove = useQueuesStore((s) => s.remove);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const textId = useId();
  const count = queue.supervisors.length + queue.agents.length;
  const confirm = async () => {
    setBusy(true);
    setError(await remove(queue));
    setBusy(false);
  };
  return (
    <Modal labelledBy={titleId} describedBy={textId} onClose={() => close(null)} className="people-dialog">
      <h2 id={titleId}>{t('queues.ui.deleteDialog.title', { name: queue.name })}</h2>
      <p id={textId}>{count ? t('queues.ui.deleteDialog.members', f.count(count)) : t('queues.ui.deleteDialog.empty')}</p>
      {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
      <div className="actions">
        <button type="button" className="btn" onClick={() => close(null)}>
          {t('ui.common.cancel')}
        </button>
        <button type="button" className="btn btn-danger" disabled={busy} onClick={() => void confirm()}>
          {t('queues.ui.deleteDialog.ok')}
        </button>
      </div>
    </Modal>
  );
}
