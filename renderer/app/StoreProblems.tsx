import { useTranslation } from 'react-i18next';
import { useSessionStore } from './session-store.ts';

/** Tells the admin about damaged or newer data files found on start: nothing is silently reset. */
export function StoreProblems() {
  const { t } = useTranslation();
  const status = useSessionStore((s) => s.status);
  if (!status || (status.problems.length === 0 && !status.readOnly)) return null;
  const locked = status.problems.find((p) => p.kind === 'locked');
  return (
    <div className="banner banner-warn" role="alert">
      {status.readOnly && !locked && <p>{t('errors.store.readOnly')}</p>}
      {status.problems.map((p) => (
        <p key={p.file}>
          {p.kind === 'locked'
            ? t('errors.store.locked', { detail: p.detail })
            : p.kind === 'newer_schema'
              ? t('ui.store.newerFile', { file: p.file })
              : t('ui.store.movedAside', { file: p.file, movedTo: p.movedTo ?? '' })}
        </p>
      ))}
    </div>
  );
}
