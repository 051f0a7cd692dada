/**
 * Issuing invoices and credit notes: numbers follow one sequence per account without gaps; an issued
 * document never changes (a correction is a credit note).
 */
import { TZDate } from '@date-fns/tz';
import { put, type Change, type Tables } from '../model/changes.ts';
import type { Account, Invoice, InvoiceLine, Meta } from '../model/records.ts';
import type { Ids } from '../ports/ids.ts';
import { SELLER } from './seller.ts';
import { totals } from './quote.ts';

/** The next number of the one sequence (no gaps); the year is the issue date's in the account's zone. */
export function nextNumber(meta: Meta, kind: Invoice['kind'], issuedAt: string, timeZone = 'UTC'): { number: string; meta: Meta } {
  const seq = meta.invoiceSeq + 1;
  const prefix = kind === 'credit_note' ? 'CN' : 'INV';
  const year = new TZDate(new Date(issuedAt).getTime(), timeZone).getFullYear();
  return { number: `${prefix}-${year}-${String(seq).padStart(6, '0')}`, meta: { ...meta, invoiceSeq: seq } };
}

export interface Issued {
  invoice: Invoice;
  changes: Change[];
}

/**
 * Issues the document for these lines at `at`. `paid` is what the card paid; the credit balance is
 * used first. Returns the invoice and the changes (invoice, meta, account balance).
 */
export function issueInvoice(
  tables: Tables,
  ids: Ids,
  input: { lines: InvoiceLine[]; at: string; source: Invoice['source']; orderId?: string; paid: number; purchaseOrder?: string; note?: string },
): Issued {
  const account = tables.account.get('account') as Account;
  const meta = tables.meta.get('meta') ?? { id: 'meta', invoiceSeq: 0, seededAt: input.at };
  const sums = totals(account, input.lines);
  const kind: Invoice['kind'] = sums.total < 0 ? 'credit_note' : 'invoice';
  const numbered = nextNumber(meta, kind, input.at, account.timeZone);
  const amountDue = sums.amountDue - input.paid;
  const invoice: Invoice = {
    id: ids.next('inv'),
    number: numbered.number,
    kind,
    source: input.source,
    ...(input.orderId ? { orderId: input.orderId } : {}),
    issuedAt: input.at,
    currency: account.currency,
    lines: input.lines,
    subtotal: sums.subtotal,
    tax: sums.tax,
    total: sums.total,
    creditUsed: sums.creditUsed,
    amountPaid: input.paid,
    amountDue,
    creditedToBalance: sums.creditToBalance,
    status: kind === 'credit_note' ? 'credited' : amountDue > 0 ? 'open' : 'paid',
    seller: SELLER,
    buyer: { name: account.name, address: account.billingAddress, ...(account.vatNumber ? { vatNumber: account.vatNumber } : {}) },
    ...(input.purchaseOrder ? { purchaseOrder: input.purchaseOrder } : {}),
    ...(input.note ? { note: input.note } : {}),
  };
  const balance = account.creditBalance - sums.creditUsed + sums.creditToBalance;
  const changes: Change[] = [put('invoices', invoice.id, invoice), put('meta', 'meta', numbered.meta)];
  if (balance !== account.creditBalance) changes.push(put('account', 'account', { ...account, creditBalance: balance }));
  return { invoice, changes };
}
