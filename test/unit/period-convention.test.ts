/**
 * One convention for showing a [start, end) billing period: its first and last day included, in the
 * viewer's zone — the app's screens and invoices (renderer formatPeriod) and the CLI's quote, lists and
 * invoice PDF (cli/output periodIn) name the same days.
 */
import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodDays } from '../../core/billing/period-days.ts';
import { quoteText } from '../../cli/commands/quote.ts';
import { periodIn } from '../../cli/output.ts';
import { formatPeriod } from '../../renderer/app/format.ts';

// A yearly period in Paris: midnight 1 Jan 2026 to midnight 1 Jan 2027, Paris time.
const START = '2025-12-31T23:00:00.000Z';
const END = '2026-12-31T23:00:00.000Z';

describe('a billing period on screen and in the CLI', () => {
  it('reads from its first to its last day included, in the viewer zone, everywhere', () => {
    const spaces = (text: string) => text.replace(/\s/gu, ' ');
    expect(spaces(formatPeriod(START, END, 'en', 'Europe/Paris'))).toBe('1 Jan – 31 Dec 2026');
    expect(spaces(formatPeriod(START, END, 'de', 'Europe/Paris'))).toContain('31.12.2026');
    expect(periodIn('Europe/Paris')(START, END)).toBe('2026-01-01 → 2026-12-31');
    const quote = {
      at: START, currency: 'EUR', subtotal: 100, total: 100, creditBalance: 0, creditUsed: 0, amountDue: 100, creditToBalance: 0, periods: [],
      tax: { kind: 'domestic', country: 'FR', rateBasisPoints: 0, amount: 0 },
      lines: [{ kind: 'charge', subscriptionId: 's', productId: 'p', planId: 'q', interval: 'year', periodStart: START, periodEnd: END, quantity: 1, unitAmount: 100, amount: 100 }],
    } as unknown as Parameters<typeof quoteText>[0];
    expect(quoteText(quote, 'Europe/Paris')).toContain('2026-01-01 → 2026-12-31');
    expect(quoteText(quote, 'Europe/Paris')).not.toContain('2027');
  });

  it('ends the day before the period renews, for any period and zone', () => {
    const zones = fc.constantFrom('Europe/Paris', 'America/New_York', 'Pacific/Auckland', 'UTC', 'Asia/Kolkata');
    fc.assert(
      fc.property(zones, fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 400 }), (zone, startDay, length) => {
        // Period boundaries at midnight in the zone, as the core makes them.
        const midnight = (day: number) => new Date(new TZDate(2024, 0, 1 + day, zone).getTime()).toISOString();
        const start = midnight(startDay);
        const end = midnight(startDay + length);
        const { first, last } = periodDays(start, end, zone);
        expect(first).toBe(new Date(Date.UTC(2024, 0, 1 + startDay)).toISOString().slice(0, 10));
        expect(last).toBe(new Date(Date.UTC(2024, 0, startDay + length)).toISOString().slice(0, 10));
      }),
    );
  });
});
