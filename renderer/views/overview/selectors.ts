/** The Overview's data shaped for the charts: one row per product or month, one key per series. */
import type { Overview } from './store.ts';

export type SeatRow = Overview['seats'][number] & { label: string };
export type SpendingRow = { month: string; label: string; total: number } & Record<string, number | string>;

/** Fixed colours per product (readable on light and dark surfaces), so the legend and bars agree everywhere. */
export const PRODUCT_COLOURS: Record<string, string> = {
  remote_support: '#2f7fd1',
  business_phone: '#d9822b',
  contact_center: '#8a5cc7',
  meetings: '#2e9e6a',
};
export const colourOf = (productId: string) => PRODUCT_COLOURS[productId] ?? '#7b8794';

export function seatRows(data: Overview, name: (productId: string) => string): SeatRow[] {
  return data.seats.map((s) => ({ ...s, label: name(s.productId) }));
}

/** Amounts stay in minor units; the chart's formatters turn them into money. */
export function spendingRows(billing: NonNullable<Overview['billing']>, monthLabel: (month: string) => string): SpendingRow[] {
  return billing.spending.map((m) => {
    const row: SpendingRow = { month: m.month, label: monthLabel(m.month), total: m.total };
    for (const a of m.amounts) row[a.productId] = a.amount;
    return row;
  });
}

export const prefersReducedMotion = () => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
