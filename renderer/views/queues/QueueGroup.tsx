import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueKind } from './kinds.ts';
import { QueuePanel } from './QueuePanel.tsx';
import { useQueuesStore } from './store.ts';

/**
 * The queues of one kind (call, inbound/inbox or outbound). Memoized: a dialog opening or a notice
 * showing re-renders the view, not its 50 queue panels.
 */
export const QueueGroup = memo(function QueueGroup({ kind }: { kind: QueueKind }) {
  const { t } = useTranslation();
  const all = useQueuesStore((s) => s.queues);
  const queues = all.filter((q) => q.kind === kind);
  const headingId = useId();
  return (
    <section className="queue-group" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t(`queues.group.${kind}`)}
      </h2>
      {queues.length === 0 && <p className="muted">{t('queues.ui.noneOfKind')}</p>}
      {queues.map((queue) => (
        <QueuePanel key={queue.id} queue={queue} />
      ))}
    </section>
  );
});
