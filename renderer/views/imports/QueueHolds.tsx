import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportStore } from './store.ts';

/**
 * Removing Business Phone does not remove Contact Center (SPEC §5): said here, with the queues that
 * still hold each user, and the offer to take them out of all of them in the same import (re-checked).
 */
export function QueueHolds() {
  const { t } = useTranslation();
  const holds = useImportStore((s) => s.report?.queueHolds ?? []);
  const alsoRemove = useImportStore((s) => s.alsoRemoveFromQueues);
  const setAlsoRemove = useImportStore((s) => s.setAlsoRemove);
  const busy = useImportStore((s) => s.phase !== 'report');
  const headingId = useId();
  if (!holds.length) return null;

  return (
    <section className="banner banner-warn queue-holds" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('imports.ui.queues.title')}</h3>
      <p>{t('imports.ui.queues.explain')}</p>
      <ul>
        {holds.map((hold) => (
          <li key={hold.userId}>
            <span className="strong">{hold.name}</span> <span className="muted">{hold.email}</span>
            <ul>
              {hold.places.map((place) => (
                <li key={place.queueId}>
                  {t('imports.ui.queues.place', { kind: t(`imports.ui.queues.kind.${place.kind}`), name: place.name, role: t(`imports.ui.queues.role.${place.role}`) })}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <label className="check">
        <input type="checkbox" checked={alsoRemove} disabled={busy} onChange={(e) => void setAlsoRemove(e.target.checked)} />
        <span className="strong">{t('imports.ui.queues.alsoRemove')}</span>
      </label>
      <p className="small">{t(alsoRemove ? 'imports.ui.queues.cleared' : 'imports.ui.queues.kept')}</p>
    </section>
  );
}
