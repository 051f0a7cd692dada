/** An issued document's e-invoice, from the store: its EN 16931 model and its CII XML. */
import { SELLER_COMPANY_NUMBER } from '../billing/seller.ts';
import type { Tables } from '../model/changes.ts';
import type { Invoice } from '../model/records.ts';
import { ciiXml } from './cii.ts';
import { eDocument, type EDocument } from './en16931-model.ts';

/**
 * The invoice a credit note corrects (BT-25): the latest invoice issued before it that charged one of
 * the subscriptions it credits; else the account's latest invoice before it. The app issues a credit
 * note when an order's changes (seats removed, a cheaper plan) net to a credit on what was invoiced.
 */
export function precedingInvoice(tables: Tables, creditNote: Invoice): Invoice | undefined {
  const subscriptions = new Set(creditNote.lines.map((l) => l.subscriptionId).filter((id) => id !== null));
  let latest: Invoice | undefined;
  let latestCharging: Invoice | undefined;
  for (const inv of tables.invoices.values()) {
    if (inv.kind !== 'invoice' || inv.issuedAt > creditNote.issuedAt || inv.id === creditNote.id) continue;
    const later = (x: Invoice | undefined) => !x || inv.issuedAt > x.issuedAt || (inv.issuedAt === x.issuedAt && inv.number > x.number);
    if (later(latest)) latest = inv;
    if (inv.lines.some((l) => l.kind === 'charge' && l.subscriptionId !== null && subscriptions.has(l.subscriptionId)) && later(latestCharging)) latestCharging = inv;
  }
  return latestCharging ?? latest;
}

/** The name Factur-X gives the embedded XML. */
export const FACTUR_X_FILE = 'factur-x.xml';

export interface EInvoice {
  model: EDocument;
  xml: string;
  fileName: string;
}

/** The e-invoice of an issued document, its days read in the account's time zone. */
export function eInvoiceOf(tables: Tables, invoice: Invoice): EInvoice {
  const timeZone = tables.account.get('account')?.timeZone ?? 'UTC';
  const preceding = invoice.kind === 'credit_note' ? precedingInvoice(tables, invoice) : undefined;
  const model = eDocument(invoice, { timeZone, sellerLegalId: SELLER_COMPANY_NUMBER, ...(preceding ? { preceding } : {}) });
  return { model, xml: ciiXml(model), fileName: `${invoice.number}.xml` };
}
