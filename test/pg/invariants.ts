/** What must hold of an account however its commands interleaved: the concurrency and fault tests check it. */
import { assignedCount } from '../../core/billing/views.ts';
import { CATALOG } from '../../core/catalog/catalog.ts';
import { seatsBought } from '../../core/licences/seats.ts';
import type { Tables } from '../../core/model/changes.ts';

/** Each broken invariant, in words; empty when the account is sound. */
export function violations(tables: Tables): string[] {
  const found: string[] = [];
  for (const product of CATALOG) {
    const assigned = assignedCount(tables, product.id);
    const seats = seatsBought(tables, product.id);
    if (assigned > seats) found.push(`${product.id}: ${assigned} licences assigned, ${seats} seats bought`);
  }
  const invoices = [...tables.invoices.values()];
  // One sequence for invoices and credit notes: 1..n, each once.
  const numbers = invoices.map((i) => Number(i.number.slice(-6))).sort((a, b) => a - b);
  const gapless = numbers.every((n, k) => n === k + 1);
  if (!gapless) found.push(`invoice numbers are not 1..${numbers.length} without gaps: ${numbers.join(',')}`);
  const seq = tables.meta.get('meta')?.invoiceSeq ?? 0;
  if (seq !== numbers.length) found.push(`meta.invoiceSeq is ${seq}, ${numbers.length} documents issued`);
  // Money: every invoice is paid by card, credit balance or still due; credit notes feed the balance.
  let used = 0;
  let credited = 0;
  for (const invoice of invoices) {
    const paid = [...tables.payments.values()].filter((p) => p.invoiceId === invoice.id && p.status === 'succeeded').reduce((sum, p) => sum + p.amount, 0);
    if (invoice.kind === 'credit_note') {
      if (invoice.creditedToBalance !== -invoice.total) found.push(`${invoice.number}: credits ${invoice.creditedToBalance} for a total of ${invoice.total}`);
    } else if (invoice.creditUsed + paid + invoice.amountDue !== invoice.total) {
      found.push(`${invoice.number}: total ${invoice.total} ≠ credit ${invoice.creditUsed} + payments ${paid} + due ${invoice.amountDue}`);
    }
    used += invoice.creditUsed;
    credited += invoice.creditedToBalance;
  }
  const balance = tables.account.get('account')?.creditBalance ?? 0;
  if (balance !== credited - used) found.push(`credit balance ${balance} ≠ credited ${credited} − used ${used}`);
  return found;
}
