import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NameDialog } from '../../components/NameDialog.tsx';
import { QUEUE_KINDS, type QueueKind } from './kinds.ts';
import { useQueuesStore, type QueueView } from './store.ts';

type Values = { name: string; kind: QueueKind };

/** A new queue (its name and kind) or a queue's new name: 1–60 characters no other queue has. */
export function QueueNameDialog({ queue }: { queue?: QueueView }) {
  const { t } = useTranslation();
  const create = useQueuesStore((s) => s.create);
  const rename = useQueuesStore((s) => s.rename);
  const close = useQueuesStore((s) => s.edit);
  const legendId = useId();
  return (
    <NameDialog<Values>
      title={queue ? t('queues.ui.renameDialog.title', { name: queue.name }) : t('queues.ui.create.title')}
      nameLabel={t('queues.ui.name')}
      submitLabel={queue ? t('queues.ui.rename') : t('queues.ui.create.ok')}
      defaultValues={{ name: queue?.name ?? '', kind: queue?.kind ?? 'call' }}
      onSubmit={({ name, kind }) => (queue ? rename(queue, name) : create(kind, name))}
      onClose={() => close(null)}
      extra={(form) =>
        queue ? null : (
          <fieldset className="field" aria-labelledby={legendId}>
            <legend id={legendId} className="strong">{t('queues.ui.kindLabel')}</legend>
            <div className="queue-choices">
              {QUEUE_KINDS.map((kind) => (
                <label key={kind} className="check">
                  <input type="radio" value={kind} {...form.register('kind')} />
                  {t(`queues.kind.${kind}`)}
                </label>
              ))}
            </div>
          </fieldset>
        )
      }
    />
  );
}
