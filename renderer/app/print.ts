/**
 * Printing the document on screen (laid out by the print CSS): through the host's OS print dialog
 * and Save as PDF when the desktop app serves them; the browser's own print dialog otherwise.
 */
import type { AppError, OutputOf } from '../../core/contract.ts';
import { api } from './api.ts';

export async function printDocument(): Promise<void> {
  const result = await api()['host.print']();
  if (!result.ok) window.print();
}

/** Saves the page as a PDF; `null` when the host can't (browser mode), after opening the print dialog instead. */
export async function saveDocumentAsPdf(fileName: string): Promise<OutputOf<'host.savePdf'> | null> {
  const result = await api()['host.savePdf']({ fileName });
  if (result.ok) return result.value;
  window.print();
  return null;
}

/**
 * Saves an invoice's e-invoice: through the desktop host, the invoice view as a Factur-X PDF (the CII
 * XML embedded); in the browser, which cannot print to a file, the CII XML as a download. The saved
 * path (desktop), null when nothing was written to a chosen path, or the error.
 */
export async function saveEInvoice(id: string, number: string): Promise<OutputOf<'host.saveFacturX'> | AppError | null> {
  const result = await api()['host.saveFacturX']({ id, fileName: `${number}.pdf` });
  if (result.ok) return result.value;
  if (result.error.code !== 'unavailable') return result.error;
  const einvoice = await api()['invoices.einvoice']({ id });
  if (!einvoice.ok) return einvoice.error;
  downloadFile(einvoice.value.fileName, einvoice.value.xml, 'application/xml;charset=utf-8');
  return null;
}

/** A file made in the renderer (CSV…), handed to the user as a download. */
export function downloadFile(fileName: string, text: string | Uint8Array<ArrayBuffer>, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the download has surely started reading it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
