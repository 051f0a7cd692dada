import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../core/contract.ts';
import { useErrorText } from '../../components/errors.ts';
import { HeldPlan } from './HeldPlan.tsx';
import { GroupProducts } from './GroupProducts.tsx';
import { useGroupsStore, type GroupView } from './store.ts';

/** One group opened: its members (add, remove) and the products it gives them. */
export function GroupPanel({ group }: { group: GroupView }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const headingId = useId();
  const edit = useGroupsStore((s) => s.edit);
  const change = useGroupsStore((s) => s.change);
  // A dialog open on the group shows its own refusal; the panel shows one of its own changes.
  const held = useGroupsStore((s) => (s.held?.groupId === group.id && !s.editor ? s.held.plan : null));
  const [error, setError] = useState<AppError | null>(null);
  const remove = async (userId: string) => setError(await change('groups.removeMembers', { groupId: group.id, userIds: [userId] }));

  return (
    <section className="panel group-panel" aria-labelledby={headingId}>
      <div className="panel-body">
        <h2 id={headingId}>{group.name}</h2>
        {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
        {held && <HeldPlan plan={held} />}
        <div className="group-columns">
          <div>
            <div className="people-head">
              <h3 className="section-title">{t('groups.ui.members')}</h3>
              <span className="spacer" />
              <button type="button" className="btn" onClick={() => edit({ kind: 'add', group })}>
                {t('groups.ui.addMembers')}
              </button>
            </div>
            {group.members.length ? (
              <ul className="detail-list member-list" aria-label={t('groups.ui.members')}>
                {group.members.map((m) => (
                  <li key={m.userId}>
                    <span>
                      <span className="strong">{m.name}</span> <span className="muted small">{m.email}</span>
                    </span>
                    <button type="button" className="btn-link" aria-label={t('groups.ui.removeNamed', { name: m.name })} onClick={() => void remove(m.userId)}>
                      {t('groups.ui.remove')}
                    </button>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('groups.ui.noMembers')}</p>
            )}
          </div>
          <GroupProducts group={group} onError={setError} />
        </div>
      </div>
    </section>
  );
}
