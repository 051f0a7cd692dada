import { useTranslation } from 'react-i18next';

interface DocumentActionsProps {
  backLabel: string;
  onBack: () => void;
  onPrint: () => void;
  onSavePdf: () => void;
  /** Where Save as PDF wrote the file, once it did. */
  savedTo: string | null;
}

/** Back, Print and Save as PDF above a printable document; never printed themselves. */
export function DocumentActions({ backLabel, onBack, onPrint, onSavePdf, savedTo }: DocumentActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="doc-actions no-print">
      <button type="button" className="btn-link" onClick={onBack}>
        ← {backLabel}
      </button>
      <span className="spacer" />
      <button type="button" className="btn" onClick={onPrint}>
        {t('ui.print.print')}
      </button>
      <button type="button" className="btn btn-primary" onClick={onSavePdf}>
        {t('ui.print.savePdf')}
      </button>
      {savedTo && (
        <p className="banner banner-info doc-saved" role="status">
          {t('ui.print.saved', { path: savedTo })}
        </p>
      )}
    </div>
  );
}
