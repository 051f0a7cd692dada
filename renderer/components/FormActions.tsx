import { useTranslation } from 'react-i18next';

/** Cancel / Save at the foot of an editing panel. */
export function FormActions({ onCancel, busy }: { onCancel: () => void; busy: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button type="button" className="btn" onClick={onCancel}>
        {t('ui.common.cancel')}
      </button>
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {t('ui.common.save')}
      </button>
    </div>
  );
}
