import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../components/errors.ts';
import { Modal } from '../../components/Modal.tsx';
import { useQueuesStore, type Leaving } from './store.ts';

/** Confirms taking one member out of a queue; their last queue going frees their Contact Center licence, unless a group gives it. */
export function UnassignDialog({ leaving }: { leaving: Leaving }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const ask = useQueuesStore((s) => s.ask);
  const unassign = useQueuesStore((s) => s.unassign);
  const busy = useQueuesStore((s) => s.busy);
  // The queues this member sits in besides this one: none left means the licence goes with this place.
  const others = useQueuesStore((s) => s.queues.filter((q) => q.id !== leaving.queue.id && [...q.supervisors, ...q.agents].some((m) => m.userId === leaving.member.userId)).length);
  const error = useQueuesStore((s) => s.confirmError);
  const titleId = useId();
  const textId = useId();
  const { queue, member } = leaving;
  // Out of every queue, a group that gives Contact Center keeps the licence and its seat.
  const via = member.contactCenterVia;
  const params = { name: member.name, queue: queue.name, kind: t(`queues.kind.${queue.kind}`), role: t(`queues.role.${member.role}`) };
  return (
    <Modal labelledBy={titleId} describedBy={textId} onClose={() => ask(null)}>
      <h2 id={titleId}>{t('queues.ui.confirm.title', params)}</h2>
      <div id={textId}>
        <p>{t('queues.ui.confirm.text', params)}</p>
        <p className="muted">{others > 0 ? t('queues.ui.confirm.otherQueues', { count: others }) : via.length ? t('queues.ui.confirm.keptByGroup', { groups: via.map((g) => g.name).join(', ') }) : t('queues.ui.confirm.lastQueue')}</p>
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
