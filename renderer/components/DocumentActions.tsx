import { useTranslation } from 'react-i18next';
import { useProvideCommands } from '../app/app-commands.ts';

interface DocumentActionsProps {
  backLabel: string;
  onBack: () => void;
  onPrint: () => void;
  onSavePdf: () => void;
  /** Where Save as PDF wrote the file, once it did. */
  savedTo: string | null;
  /** An invoice's Save e-invoice (Factur-X), and where it wrote the file once it did. */
  onSaveEInvoice?: () => void;
  eInvoiceSavedTo?: string | null;
}

/** Back, Print, Save as PDF (and an invoice's Save e-invoice) above a printable document; never printed themselves. Also what File > Print means here. */
export function DocumentActions({ backLabel, onBack, onPrint, onSavePdf, savedTo, onSaveEInvoice, eInvoiceSavedTo }: DocumentActionsProps) {
  const { t } = useTranslation();
  // The native menu's Print, Save as PDF and Save e-invoice (and the palette's) act on this document.
  useProvideCommands({ print: onPrint, savePdf: onSavePdf, ...(onSaveEInvoice ? { saveEInvoice: onSaveEInvoice } : {}) });
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
      {onSaveEInvoice && (
        <button type="button" className="btn" onClick={onSaveEInvoice}>
          {t('ui.print.saveEInvoice')}
        </button>
      )}
      {savedTo && (
        <p className="banner banner-info doc-saved" role="status">
          {t('ui.print.saved', { path: savedTo })}
        </p>
      )}
      {eInvoiceSavedTo && (
        <p className="banner banner-info doc-saved" role="status">
          {t('ui.print.savedEInvoice', { path: eInvoiceSavedTo })}
        </p>
      )}
    </div>
  );
}
