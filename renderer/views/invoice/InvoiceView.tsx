import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useReload } from '../../app/live-updates.ts';
import { useSessionStore } from '../../app/session-store.ts';
import { DocumentActions } from '../../components/DocumentActions.tsx';
import { useErrorText } from '../../components/errors.ts';
import { InvoiceDocument } from './InvoiceDocument.tsx';
import { isInvoiceRef, useInvoiceStore } from './store.ts';

/** One invoice or credit note as issued, ready to print or save as PDF (#/invoice/<number>, or <id> from inside the app). */
export function InvoiceView() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const id = useSessionStore((s) => s.viewId);
  const go = useSessionStore((s) => s.go);
  const load = useInvoiceStore((s) => s.load);
  const invoice = useInvoiceStore((s) => (isInvoiceRef(s.invoice, id) ? s.invoice : null));
  const missing = useInvoiceStore((s) => (s.missing === id ? s.missing : null));
  const loading = useInvoiceStore((s) => s.loading);
  const error = useInvoiceStore((s) => s.error);
  const print = useInvoiceStore((s) => s.print);
  const savePdf = useInvoiceStore((s) => s.savePdf);
  const savedTo = useInvoiceStore((s) => s.savedTo);
  const saveEInvoice = useInvoiceStore((s) => s.saveEInvoice);
  const eInvoiceSavedTo = useInvoiceStore((s) => s.eInvoiceSavedTo);
  useReload(() => id && load(id), [id]);
  // The browser's print dialog names the PDF after the page title: the document's number.
  const number = invoice?.number;
  useEffect(() => {
    if (!number) return;
    const before = document.title;
    document.title = number;
    return () => {
      document.title = before;
    };
  }, [number]);

  return (
    <div className="doc-page">
      <DocumentActions backLabel={t('ui.print.backToTransactions')} onBack={() => go('transactions')} onPrint={() => void print()} onSavePdf={() => void savePdf()} savedTo={savedTo} onSaveEInvoice={() => void saveEInvoice()} eInvoiceSavedTo={eInvoiceSavedTo} />
      {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
      {missing && <div className="banner banner-error" role="alert">{t('notices.links.invoiceNotFound', { number: missing })}</div>}
      {!id && <div className="banner banner-error" role="alert">{t('errors.invoices.notFound')}</div>}
      {loading && !invoice && <p className="muted">{t('ui.invoice.loading')}</p>}
      {invoice && <InvoiceDocument invoice={invoice} />}
    </div>
  );
}
