import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../core/contract.ts';
import { useFormatters } from '../../app/use-formatters.ts';
import { useErrorText } from '../../components/errors.ts';
import { Modal } from '../../components/Modal.tsx';
import { filterCandidates, sortCandidates } from '../../components/picker/people-picker.ts';
import { useQueuesStore, type Person, type QueueRole, type QueueView } from './store.ts';

/** The picker lists this many matches at most: the filter narrows a large account down. */
const SHOWN = 50;
const CONTACT_CENTER = 'contact_center';
const ROLES: QueueRole[] = ['agent', 'supervisor'];

const nameOf = (p: Person) => `${p.firstName} ${p.lastName}`.trim() || p.email;

/**
 * Picks active people not yet in the queue, filtered by name or email, and adds them in one role. Only
 * holders of Contact Center (directly or through a group: users.list gives what each holds) can be
 * ticked; the others are listed disabled, with the reason and where to give the licence.
 */
export function AddQueueMembersDialog({ queue }: { queue: QueueView }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const errorText = useErrorText();
  const close = useQueuesStore((s) => s.edit);
  const addMembers = useQueuesStore((s) => s.addMembers);
  const loadPeople = useQueuesStore((s) => s.loadPeople);
  const people = useQueuesStore((s) => s.people);
  const [query, setQuery] = useState('');
  const [role, setRole] = useState<QueueRole>('agent');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const filterId = useId();
  const hintId = useId();
  const legendId = useId();

  useEffect(() => {
    void loadPeople().then(setError);
  }, [loadPeople]);

  const inQueue = useMemo(() => new Set([...queue.supervisors, ...queue.agents].map((m) => m.userId)), [queue]);
  // Holders of Contact Center first, then by name: sorted once per list and queue, filtered per keystroke.
  const candidates = useMemo(
    () => sortCandidates((people ?? []).filter((p) => p.status === 'active' && !inQueue.has(p.id)), nameOf, (p) => p.products.includes(CONTACT_CENTER)),
    [people, inQueue],
  );
  const matches = useMemo(() => filterCandidates(candidates, query, SHOWN, nameOf), [candidates, query]);

  const toggle = (id: string) => setChosen((c) => (c.has(id) ? new Set([...c].filter((x) => x !== id)) : new Set([...c, id])));
  const add = async () => {
    setBusy(true);
    setError(await addMembers(queue, [...chosen], role));
    setBusy(false);
  };

  return (
    <Modal labelledBy={titleId} onClose={() => close(null)} className="people-dialog queue-add">
      <h2 id={titleId}>{t('queues.ui.addDialog.title', { name: queue.name })}</h2>
      <fieldset className="field" aria-labelledby={legendId}>
        <legend id={legendId} className="strong">{t('queues.ui.addDialog.role')}</legend>
        <div className="queue-choices">
          {ROLES.map((r) => (
            <label key={r} className="check">
              <input type="radio" name={`${titleId}-role`} value={r} checked={role === r} onChange={() => setRole(r)} />
              {t(`queues.role.${r}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={filterId}>{t('queues.ui.addDialog.filter')}</label>
        <input id={filterId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      <p id={hintId} className="muted small">{t('queues.ui.addDialog.noLicenceHint')}</p>
      {matches.length ? (
        <ul className="picker-list" aria-label={t('queues.ui.addDialog.filter')}>
          {matches.map((p) => {
            const holds = p.products.includes(CONTACT_CENTER);
            return (
              <li key={p.id}>
                <label className={holds ? undefined : 'muted'}>
                  <input type="checkbox" checked={chosen.has(p.id)} disabled={!holds} aria-describedby={holds ? undefined : hintId} onChange={() => toggle(p.id)} />
                  <span className="strong">{nameOf(p)}</span>
                  <span className="muted small">{holds ? p.email : t('queues.ui.addDialog.noLicence')}</span>
                </label>
              </li>
            );
          })}
        </ul>
      ) : (
        people && <p className="muted">{t('queues.ui.addDialog.noneFound')}</p>
      )}
      <p className="muted small" role="status">{t('queues.ui.addDialog.chosen', f.count(chosen.size))}</p>
      {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
      <div className="actions">
        <button type="button" className="btn" onClick={() => close(null)}>
          {t('ui.common.cancel')}
        </button>
        <button type="button" className="btn btn-primary" disabled={busy || chosen.size === 0} onClick={() => void add()}>
          {t('queues.ui.addDialog.ok')}
        </button>
      </div>
    </Modal>
  );
}
