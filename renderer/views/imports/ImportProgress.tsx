import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRate } from '../../app/format.ts';
import { useLanguage } from '../../app/selectors.ts';
import { useImportStore } from './store.ts';

/** Reading, parsing (with how far), then checking or applying (the core answers at once, so no share). */
export function ImportProgress() {
  const { t } = useTranslation();
  const language = useLanguage();
  const phase = useImportStore((s) => s.phase);
  const progress = useImportStore((s) => s.progress);
  const fileName = useImportStore((s) => s.fileName);
  const labelId = useId();
  if (phase !== 'reading' && phase !== 'parsing' && phase !== 'checking' && phase !== 'applying') return null;

  return (
    <div className="import-progress" role="status">
      <span id={labelId}>
        {t(`imports.ui.progress.${phase}`)}
        {progress !== null && ` · ${formatRate(Math.round(progress * 100) * 100, language)}`}
        <span className="muted"> · {fileName}</span>
      </span>
      <progress aria-labelledby={labelId} max={1} value={progress ?? undefined} />
    </div>
  );
}
