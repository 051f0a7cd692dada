import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LicencePlan } from './change.ts';
import { useLicenceStore } from './store.ts';

const NONE: LicencePlan['queueHolds'] = [];

/**
 * Removing Business Phone does not remove Contact Center (SPEC §5): said at that moment, with the
 * queues that still hold each user (kind, name, role) and the offer to leave them all in the same step.
 */
export function QueueCleanup() {
  const { t } = useTranslation();
  const holds = useLicenceStore((s) => s.plan?.queueHolds ?? NONE);
  const alsoRemove = useLicenceStore((s) => s.alsoRemoveFromQueues);
  const setAlsoRemove = useLicenceStore((s) => s.setAlsoRemove);
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
          </li>
        ))}
      </ul>
      <label className="check">
        <input type="checkbox" checked={alsoRemove} onChange={(e) => setAlsoRemove(e.target.checked)} />
        <span className="strong">{t('licences.ui.queues.alsoRemove')}</span>
      </label>
      <p className="small">{t(alsoRemove ? 'licences.ui.queues.cleared' : 'licences.ui.queues.kept')}</p>
    </section>
  );
}
