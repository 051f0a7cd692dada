/** E-invoices of issued documents (issue 21): the CII XML, and the Factur-X PDF where a host prints one. */
import type { HandlerMap } from '../app/handler.ts';
import { translate } from '../i18n/translate.ts';
import { failure } from '../result.ts';
// Not factur-x.ts: pdf-lib loads only where a PDF is made (the desktop host, the CLI).
import { ARCHIVE_MAX_DOCUMENTS, einvoiceArchive } from './archive.ts';
import { eInvoiceOf, FACTUR_X_FILE } from './einvoice.ts';

export const einvoiceHandlers: HandlerMap<'invoices.einvoice' | 'invoices.einvoiceArchive' | 'host.saveFacturX' | 'host.saveEInvoiceArchive' | 'host.cancelEInvoiceArchive'> = {
  'invoices.einvoice'(input, ctx) {
    const invoice = ctx.tables.invoices.get(input.id);
    if (!invoice) return failure('not_found', 'errors.invoices.notFound');
    const { xml, fileName } = eInvoiceOf(ctx.tables, invoice);
    const title = `${translate(ctx.actor?.language ?? 'en', `ui.invoice.title.${invoice.kind}`)} ${invoice.number}`;
    return { ok: true, value: { number: invoice.number, fileName, xml, facturX: { fileName: FACTUR_X_FILE, title, author: invoice.seller.name, date: invoice.issuedAt } } };
  },
  /** Every e-invoice issued in a period of the account's calendar, as one ZIP (base64 across the bridge). */
  'invoices.einvoiceArchive'(input, ctx) {
    const made = einvoiceArchive(ctx.tables, ctx.account!, input.from, input.to);
    if (!made.ok) {
      if (made.reason === 'bad_period') return failure('invalid_input', 'errors.einvoice.badPeriod', undefined, { to: { key: 'errors.einvoice.badPeriod' } });
      if (made.reason === 'empty') return failure('not_found', 'errors.einvoice.noneInPeriod');
      return failure('invalid_input', 'errors.einvoice.tooMany', { found: made.count ?? 0, max: ARCHIVE_MAX_DOCUMENTS });
    }
    const numbers = made.documents.map((d) => d.number);
    return { ok: true, value: { fileName: made.fileName, zip: Buffer.from(made.zip).toString('base64'), count: numbers.length, numbers } };
  },
  /** Only the desktop prints the invoice view to PDF; the core checks who asks and says so. */
  'host.saveFacturX': (input, ctx) => (ctx.tables.invoices.has(input.id) ? failure('unavailable', 'errors.host.noNativePrint') : failure('not_found', 'errors.invoices.notFound')),
  /** The desktop prints each document of the period (its list from `invoices.einvoiceArchive`); elsewhere, the XML ZIP alone. */
  'host.saveEInvoiceArchive': () => failure('unavailable', 'errors.host.noNativePrint'),
  /** Only the desktop has a Save e-invoices to stop (browser mode's XML ZIP is one quick answer). */
  'host.cancelEInvoiceArchive': () => failure('unavailable', 'errors.host.noNativePrint'),
};
