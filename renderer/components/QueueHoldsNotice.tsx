import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../core/contract.ts';

type QueueHold = OutputOf<'licences.preview'>['queueHolds'][number];

interface Props {
  holds: readonly QueueHold[];
  alsoRemove: boolean;
  onAlsoRemove: (on: boolean) => void;
  disabled?: boolean;
}

/**
 * Removing Business Phone does not remove Contact Center (SPEC §5): said at that moment, with the
 * queues that still hold each user (kind, name, role) and the offer to leave them all in the same
 * step. The Add/Remove products dialog and the CSV import both show it.
 */
export function QueueHoldsNotice({ holds, alsoRemove, onAlsoRemove, disabled }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  if (!holds.length) return null;
  return (
    <section className="banner banner-warn queue-cleanup" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('licences.ui.queues.title')}</h3>
      <p>{t('licences.ui.queues.explain')}</p>
      <ul className="queue-holds">
        {holds.map((hold) => (
          <li key={hold.userId}>
            <span className="strong">{hold.name}</span> <span className="muted">{hold.email}</span>
            <ul>
              {hold.places.map((place) => (
                <li key={place.queueId}>
                  {t('licences.ui.queues.place', { kind: t(`queues.kind.${place.kind}`), name: place.name, role: t(`queues.role.${place.role}`) })}
                </li>
              ))}
            </ul>
            {alsoRemove && hold.keptThrough.length > 0 && <p className="small">{t('licences.ui.queues.keptThrough', { name: hold.name, groups: hold.keptThrough.map((g) => g.name).join(', ') })}</p>}
          </li>
        ))}
      </ul>
      <label className="check">
        <input type="checkbox" checked={alsoRemove} disabled={disabled} onChange={(e) => onAlsoRemove(e.target.checked)} />
        <span className="strong">{t('licences.ui.queues.alsoRemove')}</span>
      </label>
      <p className="small">{t(!alsoRemove ? 'licences.ui.queues.kept' : holds.some((h) => h.keptThrough.length) ? 'licences.ui.queues.clearedKept' : 'licences.ui.queues.cleared')}</p>
    </section>
  );
}
