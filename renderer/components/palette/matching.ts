/** What the palette offers for a search, in plain functions (no React, no store). */
import type { OutputOf } from '../../../core/contract.ts';

type PaletteInvoice = Extract<OutputOf<'invoices.list'>, { invoices: unknown }>['invoices'][number];

/**
 * Invoices too are listed only once a search narrows them (ten years of monthly billing is thousands
 * of documents, two items each: cmdk scores and renders every item on each keystroke), at most this many.
 */
export const MAX_INVOICES = 15;

/** The invoices whose number or item labels contain every word of the search, at most MAX_INVOICES. */
export function matchingInvoices(invoices: readonly PaletteInvoice[], search: string, labels: (inv: PaletteInvoice) => string[]): PaletteInvoice[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const out: PaletteInvoice[] = [];
  for (const inv of invoices) {
    const text = [inv.number, ...labels(inv)].join(' ').toLowerCase();
    if (words.every((w) => text.includes(w)) && out.push(inv) >= MAX_INVOICES) break;
  }
  return out;
}
