import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueuesStore, type QueueMember, type QueueView } from './store.ts';

/** One queue: its supervisors and its agents, each with Unassign. */
export function QueuePanel({ queue }: { queue: QueueView }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="panel queue" aria-labelledby={headingId}>
      <div className="panel-head">
        <h3 id={headingId}>{queue.name}</h3>
        <span className="badge">{t(`queues.kind.${queue.kind}`)}</span>
      </div>
      <div className="panel-body queue-members">
        <Members queue={queue} title={t('queues.ui.supervisors')} members={queue.supervisors} />
        <Members queue={queue} title={t('queues.ui.agents')} members={queue.agents} />
      </div>
    </section>
  );
}

function Members({ queue, title, members }: { queue: QueueView; title: string; members: QueueMember[] }) {
  const { t } = useTranslation();
  const ask = useQueuesStore((s) => s.ask);
  const headingId = useId();
  return (
    <div role="group" aria-labelledby={headingId}>
      <h4 id={headingId}>{title}</h4>
      {members.length === 0 && <p className="muted small">{t('queues.ui.nobody')}</p>}
      <ul className="member-list">
        {members.map((member) => (
          <li key={member.userId}>
            <span className="member">
              <span className="strong">{member.name}</span>
              <span className="muted small">{member.email}</span>
            </span>
            <button type="button" className="btn-link" aria-label={t('queues.ui.unassignNamed', { name: member.name, queue: queue.name })} onClick={() => ask({ queue, member })}>
              {t('queues.ui.unassign')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
