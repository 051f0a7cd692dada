/**
 * The transaction list: every invoice, credit note, payment, failed payment, refund and credit applied,
 * oldest first, with a running balance (what the account owes, less its credit: invoice and credit-note
 * totals minus successful payments, plus refunds — money sent back lowers the credit). A failed payment
 * is listed as the attempt it was (amount zero, the attempted sum and its reason) and moves no balance.
 */
import type { Tables } from '../model/changes.ts';
import type { Invoice } from '../model/records.ts';
import type { TransactionView } from '../schemas/account.ts';

/**
 * Successful payments per invoice, summed in one pass: lists compute it once, not once per invoice.
 * Refunds (negative payment records, core/billing/refunds.ts) send credit back; they reopen nothing.
 */
export function paidByInvoice(tables: Tables): Map<string, number> {
  const paid = new Map<string, number>();
  for (const p of tables.payments.values()) if (p.status === 'succeeded' && p.amount > 0) paid.set(p.invoiceId, (paid.get(p.invoiceId) ?? 0) + p.amount);
  return paid;
}

/** What is still owed on an invoice: its total less credit used and every successful payment. */
export function outstanding(invoice: Invoice, tables: Tables, paid: Map<string, number> = paidByInvoice(tables)): number {
  if (invoice.kind === 'credit_note') return 0;
  return Math.max(0, invoice.total - invoice.creditUsed - (paid.get(invoice.id) ?? 0));
}

export function effectiveStatus(invoice: Invoice, tables: Tables, paid: Map<string, number> = paidByInvoice(tables)): Invoice['status'] {
  if (invoice.kind === 'credit_note') return 'credited';
  return outstanding(invoice, tables, paid) > 0 ? 'open' : 'paid';
}

/** What the running balance adds up: documents, and money that moved (credit applied is inside an invoice's total). */
const BALANCE_TYPES: ReadonlySet<TransactionView['type']> = new Set(['invoice', 'credit_note', 'payment', 'refund']);

export function transactions(tables: Tables): TransactionView[] {
  type Row = Omit<TransactionView, 'balanceAfter'> & { order: number };
  const rows: Row[] = [];
  const numbers = new Map<string, string>();
  const paid = paidByInvoice(tables);
  for (const invoice of tables.invoices.values()) {
    numbers.set(invoice.id, invoice.number);
    rows.push({ id: invoice.id, type: invoice.kind, at: invoice.issuedAt, number: invoice.number, invoiceId: invoice.id, amount: invoice.total, attempted: null, currency: invoice.currency, status: effectiveStatus(invoice, tables, paid), detail: invoice.source, purchaseOrder: invoice.purchaseOrder ?? '', order: 0 });
    if (invoice.creditUsed > 0) {
      rows.push({ id: `${invoice.id}:credit`, type: 'credit_applied', at: invoice.issuedAt, number: invoice.number, invoiceId: invoice.id, amount: -invoice.creditUsed, attempted: null, currency: invoice.currency, status: 'applied', detail: '', purchaseOrder: '', order: 1 });
    }
  }
  for (const p of tables.payments.values()) {
    const type = p.amount < 0 ? 'refund' : p.status === 'succeeded' ? 'payment' : 'failed_payment';
    // A failed attempt moved no money: its amount is zero, what it tried to charge is `attempted`.
    const moved = type !== 'failed_payment';
    rows.push({ id: p.id, type, at: p.at, number: numbers.get(p.invoiceId) ?? '', invoiceId: p.invoiceId, amount: moved ? -p.amount : 0, attempted: moved ? null : p.amount, currency: p.currency, status: p.status, detail: p.failureReason ?? p.method, purchaseOrder: '', order: type === 'refund' ? 3 : 2 });
  }
  // A refund names the invoice its card paid, often an older one: at the same instant it still comes
  // after the documents, as the credit it sends back had to exist first.
  const last = (row: Row) => (row.order === 3 ? 1 : 0);
  rows.sort((a, b) => a.at.localeCompare(b.at) || last(a) - last(b) || a.number.localeCompare(b.number) || a.order - b.order);
  let balance = 0;
  return rows.map(({ order: _order, ...row }) => {
    if (BALANCE_TYPES.has(row.type)) balance += row.amount;
    return { ...row, balanceAfter: balance };
  });
}
