/**
 * Spending per calendar month and product, from the invoices: each invoice's lines summed by product
 * in the month it was issued, read in the account's time zone. Credit lines (and so credit notes)
 * count negative; months without invoices are zeros. Amounts are pre-tax, in minor units.
 */
import { TZDate } from '@date-fns/tz';
import { addMonths, startOfMonth, subMonths } from 'date-fns';
import { CATALOG } from '../catalog/catalog.ts';
import type { Invoice } from '../model/records.ts';
import type { SpendingMonth } from '../schemas/overview.ts';

export function monthKey(instant: Date | string, timeZone: string): string {
  const d = new TZDate(new Date(instant).getTime(), timeZone);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** The `count` month keys ending with the month of `now`, oldest first. */
export function monthWindow(now: Date, count: number, timeZone: string): string[] {
  const current = startOfMonth(new TZDate(now.getTime(), timeZone));
  return Array.from({ length: count }, (_, i) => monthKey(subMonths(current, count - 1 - i), timeZone));
}

export interface Spending {
  products: string[];
  spending: SpendingMonth[];
}

/** The instants the period's months start at in the zone, and the end of the last one (count + 1 edges). */
function monthEdges(now: Date, count: number, timeZone: string): number[] {
  const first = subMonths(startOfMonth(new TZDate(now.getTime(), timeZone)), count - 1);
  return Array.from({ length: count + 1 }, (_, i) => addMonths(first, i).getTime());
}

/** The index of the month holding `t` (edges[i] <= t < edges[i + 1]), or -1 outside the period. */
function monthIndex(edges: number[], t: number): number {
  if (!(t >= edges[0]! && t < edges[edges.length - 1]!)) return -1;
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (edges[mid]! <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function monthlySpending(invoices: Iterable<Invoice>, now: Date, count: number, timeZone: string, currency: string): Spending {
  const months = monthWindow(now, count, timeZone);
  const sums = new Map<string, Map<string, number>>(months.map((m) => [m, new Map()]));
  // The month edges are found once in the zone; each invoice is placed by its instant (a zoned date per
  // invoice cost ~13 ms over 2,400 invoices, most of the Overview's time).
  const edges = monthEdges(now, count, timeZone);
  for (const invoice of invoices) {
    if (invoice.currency !== currency) continue;
    const index = monthIndex(edges, Date.parse(invoice.issuedAt));
    if (index < 0) continue;
    const byProduct = sums.get(months[index]!)!;
    for (const line of invoice.lines) byProduct.set(line.productId, (byProduct.get(line.productId) ?? 0) + line.amount);
  }
  const seen = new Set<string>();
  for (const byProduct of sums.values()) for (const id of byProduct.keys()) seen.add(id);
  const catalogOrder = CATALOG.map((p) => p.id);
  const products = [...catalogOrder.filter((id) => seen.has(id)), ...[...seen].filter((id) => !catalogOrder.includes(id)).sort()];
  const spending = months.map((month) => {
    const byProduct = sums.get(month)!;
    const amounts = products.map((productId) => ({ productId, amount: byProduct.get(productId) ?? 0 }));
    return { month, amounts, total: amounts.reduce((sum, a) => sum + a.amount, 0) };
  });
  return { products, spending };
}
