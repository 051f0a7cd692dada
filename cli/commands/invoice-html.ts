/** A printable invoice page for the CLI's PDF: seller, buyer, lines, tax and totals (the app's print view lives in renderer/). */
import type { OutputOf } from '../../core/contract.ts';
import { decimal } from '../output.ts';

type Invoice = OutputOf<'invoices.get'>;
type Address = Invoice['seller']['address'];

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const address = (a: Address) => [a.line1, a.line2, `${a.postalCode} ${a.city}`, a.region, a.country].filter(Boolean).map((l) => escape(l!)).join('<br>');

export function invoiceHtml(invoice: Invoice, day: (iso: string) => string, period: (start: string, end: string) => string): string {
  const money = (minor: number) => `${decimal(minor)} ${invoice.currency}`;
  const rows = invoice.lines
    .map((l) => `<tr><td>${escape(`${l.kind === 'credit' ? 'Credit: ' : ''}${l.productId} — ${l.planId} (${l.interval})`)}<br><small>${period(l.periodStart, l.periodEnd)}</small></td><td class="n">${l.quantity}</td><td class="n">${money(l.unitAmount)}</td><td class="n">${money(l.amount)}</td></tr>`)
    .join('');
  const title = invoice.kind === 'credit_note' ? 'Credit note' : 'Invoice';
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title} ${escape(invoice.number)}</title><style>
body{font:12px system-ui,sans-serif;margin:32px;color:#111}h1{font-size:20px}table{width:100%;border-collapse:collapse;margin-top:16px}
td,th{border-bottom:1px solid #ddd;padding:6px;text-align:left}.n{text-align:right}.parties{display:flex;justify-content:space-between;margin-top:16px}
</style></head><body>
<h1>${title} ${escape(invoice.number)}</h1><p>Issued ${day(invoice.issuedAt)} · ${escape(invoice.status)}${invoice.purchaseOrder ? ` · Purchase order ${escape(invoice.purchaseOrder)}` : ''}</p>
<div class="parties"><div><strong>${escape(invoice.seller.name)}</strong><br>${address(invoice.seller.address)}<br>VAT ${escape(invoice.seller.vatNumber)}</div>
<div><strong>${escape(invoice.buyer.name)}</strong><br>${address(invoice.buyer.address)}${invoice.buyer.vatNumber ? `<br>VAT ${escape(invoice.buyer.vatNumber)}` : ''}</div></div>
<table><thead><tr><th>Item</th><th class="n">Qty</th><th class="n">Unit</th><th class="n">Amount</th></tr></thead><tbody>${rows}</tbody></table>
<table><tr><td>Subtotal</td><td class="n">${money(invoice.subtotal)}</td></tr>
<tr><td>Tax (${invoice.tax.rateBasisPoints / 100}%)${invoice.tax.mention ? `<br><small>${escape(invoice.tax.mention)}</small>` : ''}</td><td class="n">${money(invoice.tax.amount)}</td></tr>
<tr><td><strong>Total</strong></td><td class="n"><strong>${money(invoice.total)}</strong></td></tr>
<tr><td>Credit used</td><td class="n">${money(invoice.creditUsed)}</td></tr><tr><td>Paid</td><td class="n">${money(invoice.amountPaid)}</td></tr>
<tr><td>Amount due</td><td class="n">${money(invoice.amountDue)}</td></tr></table>${invoice.note ? `<p style="white-space:pre-line">${escape(invoice.note)}</p>` : ''}</body></html>`;
}
