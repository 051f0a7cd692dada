import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../core/contract.ts';
import { useErrorText } from '../../components/errors.ts';
import { Menu, MenuList } from '../people/Menu.tsx';
import { useQueuesStore, type QueueMember, type QueueView } from './store.ts';

/** One queue: its supervisors and its agents (each with a role switch and Unassign), Add members, and its menu. */
export function QueuePanel({ queue }: { queue: QueueView }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const edit = useQueuesStore((s) => s.edit);
  const [error, setError] = useState<AppError | null>(null);
  const headingId = useId();
  const menuLabel = t('queues.ui.menuNamed', { name: queue.name });
  return (
    <section className="panel queue" aria-labelledby={headingId}>
      <div className="panel-head">
        <h3 id={headingId}>{queue.name}</h3>
        <span className="badge">{t(`queues.kind.${queue.kind}`)}</span>
        <span className="spacer" />
        <button type="button" className="btn" aria-label={t('queues.ui.addMembersNamed', { name: queue.name })} onClick={() => edit({ kind: 'add', queue })}>
          {t('queues.ui.addMembers')}
        </button>
        <Menu label={menuLabel} content="⋯">
          {(menu) => (
            <MenuList
              menu={menu}
              items={[
                { label: t('queues.ui.rename'), onSelect: () => edit({ kind: 'rename', queue }) },
                { label: t('queues.ui.delete'), onSelect: () => edit({ kind: 'delete', queue }), danger: true },
              ]}
              notes={[]}
            />
          )}
        </Menu>
      </div>
      {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
      <div className="panel-body queue-members">
        <Members queue={queue} title={t('queues.ui.supervisors')} members={queue.supervisors} onError={setError} />
        <Members queue={queue} title={t('queues.ui.agents')} members={queue.agents} onError={setError} />
      </div>
    </section>
  );
}

function Members({ queue, title, members, onError }: { queue: QueueView; title: string; members: QueueMember[]; onError: (error: AppError | null) => void }) {
  const { t } = useTranslation();
  const ask = useQueuesStore((s) => s.ask);
  const setRole = useQueuesStore((s) => s.setRole);
  const headingId = useId();
  const switchRole = async (member: QueueMember) => onError(await setRole(queue, member, member.role === 'agent' ? 'supervisor' : 'agent'));
  // The same three words on every row: translated once per list, not once per member (50 queues, 400 members at 10k).
  const makeSupervisor = t('queues.ui.makeSupervisor');
  const makeAgent = t('queues.ui.makeAgent');
  const unassign = t('queues.ui.unassign');
  return (
    <div role="group" aria-labelledby={headingId}>
      <h4 id={headingId}>{title}</h4>
      {members.length === 0 && <p className="muted small">{t('queues.ui.nobody')}</p>}
      <ul className="member-list">
        {members.map((member) => {
          const toSupervisor = member.role === 'agent';
          const params = { name: member.name, queue: queue.name };
          return (
            <li key={member.userId}>
              <span className="member">
                <span className="strong">{member.name}</span>
                <span className="muted small">{member.email}</span>
              </span>
              <span className="row-actions">
                <button type="button" className="btn-link" aria-label={t(toSupervisor ? 'queues.ui.makeSupervisorNamed' : 'queues.ui.makeAgentNamed', params)} onClick={() => void switchRole(member)}>
                  {toSupervisor ? makeSupervisor : makeAgent}
                </button>
                <button type="button" className="btn-link" aria-label={t('queues.ui.unassignNamed', params)} onClick={() => ask({ queue, member })}>
                  {unassign}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
