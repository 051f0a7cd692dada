import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../components/errors.ts';
import { useSessionStore, type AppStatus } from './session-store.ts';

type Problem = AppStatus['problems'][number];

/** "2026-11" → "November 2026", "2026" as is, in the UI's language. */
export function formatPeriod(period: string, language: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (!month) return period;
  return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
}

/**
 * Tells the admin about damaged or newer data files: nothing is silently reset. Damage stays here,
 * start after start, naming what is missing and where the damaged copy is, until an administrator
 * says it has been seen.
 */
export function StoreProblems() {
  const { t, i18n } = useTranslation();
  const status = useSessionStore((s) => s.status);
  const mayAcknowledge = useSessionStore((s) => s.session?.permissions.includes('manage_users') ?? false);
  const acknowledge = useSessionStore((s) => s.acknowledgeProblems);
  const errorText = useErrorText();
  const [error, setError] = useState<string | undefined>();
  if (!status || (status.problems.length === 0 && !status.readOnly)) return null;
  const locked = status.problems.find((p) => p.kind === 'locked');
  const damaged = status.problems.some((p) => p.kind === 'corrupt_file' || p.kind === 'corrupt_journal');

  const what = (p: Problem): string => {
    const part = p.missing?.part ?? 'other';
    if (part === 'journal') return t('ui.store.parts.journal', { count: p.lost ?? 1 });
    return t(`ui.store.parts.${part}`, { period: p.missing?.period ? formatPeriod(p.missing.period, i18n.language) : '' });
  };
  const line = (p: Problem): string => {
    if (p.kind === 'locked') return t('errors.store.locked', { detail: p.detail });
    if (p.kind === 'newer_schema') return t('ui.store.newerFile', { file: p.file });
    return p.movedTo ? t('ui.store.damaged', { what: what(p), movedTo: p.movedTo }) : t('ui.store.damagedInPlace', { what: what(p), file: p.file });
  };

  async function onAcknowledge() {
    setError(errorText(await acknowledge()));
  }

  return (
    <div className="banner banner-warn store-problems" role="alert">
      {status.readOnly && !locked && <p>{t('errors.store.readOnly')}</p>}
      {status.problems.map((p, i) => (
        <p key={`${p.file}-${i}`}>{line(p)}</p>
      ))}
      {damaged && mayAcknowledge && (
        <p>
          <button type="button" className="btn" onClick={() => void onAcknowledge()}>
            {t('ui.store.acknowledge')}
          </button>
        </p>
      )}
      {error && <p className="error-text">{error}</p>}
    </div>
  );
}
