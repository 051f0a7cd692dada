import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../core/contract.ts';
import { useUsersStore, type UserRow } from '../../app/users-store.ts';
import { useFormatters } from '../../app/use-formatters.ts';
import { useErrorText } from '../../components/errors.ts';
import { Modal } from '../../components/Modal.tsx';
import { filterCandidates, sortCandidates } from '../../components/picker/people-picker.ts';
import { HeldPlan } from './HeldPlan.tsx';
import { useGroupsStore, type GroupView } from './store.ts';

type Person = UserRow;
/** The picker lists this many matches at most: the filter narrows a large account down. */
const SHOWN = 50;
const nameOf = (p: Person) => `${p.firstName} ${p.lastName}`;

/** Picks active people not yet in the group, filtered by name or email, and adds them at once. */
export function AddMembersDialog({ group, onClose }: { group: GroupView; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const errorText = useErrorText();
  const change = useGroupsStore((s) => s.change);
  const held = useGroupsStore((s) => (s.held?.groupId === group.id ? s.held.plan : null));
  const [people, setPeople] = useState<Person[]>([]);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const filterId = useId();

  useEffect(() => {
    let live = true;
    void useUsersStore.getState().read().then((r) => {
      if (!live) return;
      if (r.ok) setPeople(r.users);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, []);

  const inGroup = useMemo(() => new Set(group.members.map((m) => m.userId)), [group]);
  // Sorted once per list and group; each keystroke only filters (sorting 10k names per key was slow).
  const candidates = useMemo(() => sortCandidates(people.filter((p) => p.status === 'active' && !inGroup.has(p.id)), nameOf), [people, inGroup]);
  const matches = useMemo(() => filterCandidates(candidates, query, SHOWN, nameOf), [candidates, query]);

  const toggle = (id: string) => setChosen((c) => (c.has(id) ? new Set([...c].filter((x) => x !== id)) : new Set([...c, id])));
  const add = async () => {
    setBusy(true);
    const failed = await change('groups.addMembers', { groupId: group.id, userIds: [...chosen] });
    setError(failed);
    setBusy(false);
    if (!failed && !useGroupsStore.getState().held) onClose();
  };

  return (
    <Modal labelledBy={titleId} onClose={onClose} className="people-dialog">
      <h2 id={titleId}>{t('groups.ui.addDialog.title', { name: group.name })}</h2>
      <div className="field">
        <label htmlFor={filterId}>{t('groups.ui.addDialog.filter')}</label>
        <input id={filterId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      {matches.length ? (
        <ul className="picker-list" aria-label={t('groups.ui.addDialog.filter')}>
          {matches.map((p) => (
            <li key={p.id}>
              <label>
                <input type="checkbox" checked={chosen.has(p.id)} onChange={() => toggle(p.id)} />
                <span className="strong">{`${p.firstName} ${p.lastName}`}</span>
                <span className="muted small">{p.email}</span>
              </label>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('groups.ui.addDialog.noneFound')}</p>
      )}
      <p className="muted small" role="status">{t('groups.ui.addDialog.chosen', f.count(chosen.size))}</p>
      {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
      {held && <HeldPlan plan={held} />}
      <div className="actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('ui.common.cancel')}
        </button>
        <button type="button" className="btn btn-primary" disabled={busy || chosen.size === 0} onClick={() => void add()}>
          {t('groups.ui.addDialog.ok')}
        </button>
      </div>
    </Modal>
  );
}
