/**
 * Document numbers take the year of the issue date in the account's time zone — as a property over
 * instants around year boundaries and every IANA zone the runtime knows, and through renewals issued
 * on 1 January in zones on both sides of UTC.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { put } from '../model/changes.ts';
import type { Meta } from '../model/records.ts';
import { demoFixture } from '../testing/fixture.ts';
import { nextNumber } from './invoices.ts';

const ZONES = Intl.supportedValuesOf('timeZone');
const HOUR = 3_600_000;
/** The year of an instant as a calendar in that zone shows it: the runtime's Intl, independent of the code under test. */
const yearFormats = new Map<string, Intl.DateTimeFormat>();
const yearIn = (instant: Date, timeZone: string) => {
  let format = yearFormats.get(timeZone);
  if (!format) yearFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric' })));
  return Number(format.format(instant));
};

/** Instants within 30 hours of a New Year in UTC, 1990–2100: every zone's New Year is in that window. */
const nearNewYear = fc.record({ year: fc.integer({ min: 1990, max: 2100 }), offset: fc.integer({ min: -30 * 60, max: 30 * 60 }) }).map(({ year, offset }) => new Date(Date.UTC(year, 0, 1) + offset * 60_000));

describe('document numbers', () => {
  it('take the year of the issue date in the account’s zone, in sequence without gaps', () => {
    fc.assert(
      fc.property(nearNewYear, fc.constantFrom(...ZONES), fc.constantFrom('invoice', 'credit_note') as fc.Arbitrary<'invoice' | 'credit_note'>, fc.nat(999_998), (instant, zone, kind, seq) => {
        const meta: Meta = { id: 'meta', invoiceSeq: seq, seededAt: '2020-01-01T00:00:00.000Z' };
        const numbered = nextNumber(meta, kind, instant.toISOString(), zone);
        const prefix = kind === 'credit_note' ? 'CN' : 'INV';
        expect(numbered.number).toBe(`${prefix}-${yearIn(instant, zone)}-${String(seq + 1).padStart(6, '0')}`);
        expect(numbered.meta.invoiceSeq).toBe(seq + 1);
      }),
      { seed: 2027, numRuns: 400 },
    );
  });

  it('number a renewal by the local day it is issued: 1 January 2027 is INV-2027, New Year’s Eve INV-2026, east or west of UTC', async () => {
    const cases = [
      { local: Date.UTC(2027, 0, 1, 0, 0), year: 2027 },
      { local: Date.UTC(2026, 11, 31, 21, 0), year: 2026 },
    ];
    for (const timeZone of ['Europe/Paris', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      for (const { local, year } of cases) {
        const f = await demoFixture();
        const account = f.store.tables.account.get('account')!;
        const issuedAt = new Date(local - tzOffsetMs(timeZone, new Date(local)));
        const sub = [...f.store.tables.subscriptions.values()][0]!;
        await f.store.commit([put('account', 'account', { ...account, timeZone }), put('subscriptions', sub.id, { ...sub, periodEnd: issuedAt.toISOString() })]);
        f.clock.current = new Date(issuedAt.getTime() + HOUR);
        await f.core.renewDue();
        const issued = [...f.store.tables.invoices.values()].filter((i) => i.issuedAt === issuedAt.toISOString());
        expect(issued.length, timeZone).toBeGreaterThan(0);
        for (const invoice of issued) expect(invoice.number, `${timeZone} ${issuedAt.toISOString()}`).toMatch(new RegExp(`^INV-${year}-\\d{6}$`));
      }
    }
  });
});

/** The zone's offset from UTC at an instant, in ms, from Intl's parts (no hand-made zone rules). */
function tzOffsetMs(timeZone: string, at: Date): number {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(at).map((p) => [p.type, p.value]));
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return local - at.getTime();
}
