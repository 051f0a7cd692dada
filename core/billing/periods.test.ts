import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addIntervals, periodEnd } from './periods.ts';

const PARIS = 'Europe/Paris';

/** Local wall-clock reading of an instant in a zone, "YYYY-MM-DD HH:mm". */
function wall(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '??';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

describe('addIntervals', () => {
  it('clamps at month end, always counting from the anchor (never chained)', () => {
    const anchor = '2026-01-31T08:00:00.000Z'; // 31 Jan 09:00 Paris
    expect(wall(anchor, PARIS)).toBe('2026-01-31 09:00');
    expect(addIntervals(anchor, 'month', 0, PARIS)).toBe(anchor);
    expect(addIntervals(anchor, 'month', 1, PARIS)).toBe('2026-02-28T08:00:00.000Z');
    expect(addIntervals(anchor, 'month', 2, PARIS)).toBe('2026-03-31T07:00:00.000Z'); // CEST: still 09:00
    expect(addIntervals(anchor, 'month', 3, PARIS)).toBe('2026-04-30T07:00:00.000Z');
    expect(wall(addIntervals(anchor, 'month', 2, PARIS), PARIS)).toBe('2026-03-31 09:00');
    expect(wall(addIntervals(anchor, 'month', 3, PARIS), PARIS)).toBe('2026-04-30 09:00');
    // Chaining would drift to 28 Mar; from the anchor it is 31 Mar.
    const chained = addIntervals(addIntervals(anchor, 'month', 1, PARIS), 'month', 1, PARIS);
    expect(wall(chained, PARIS)).toBe('2026-03-28 09:00');
  });

  it('lands on 29 February in a leap year and clamps back to 28 after it', () => {
    const anchor = '2028-01-31T08:00:00.000Z';
    expect(wall(addIntervals(anchor, 'month', 1, PARIS), PARIS)).toBe('2028-02-29 09:00');
    expect(addIntervals('2028-02-29T00:00:00.000Z', 'year', 1, 'UTC')).toBe('2029-02-28T00:00:00.000Z');
    expect(addIntervals('2028-02-29T00:00:00.000Z', 'year', 4, 'UTC')).toBe('2032-02-29T00:00:00.000Z');
    expect(addIntervals('2027-01-31T08:00:00.000Z', 'month', 13, PARIS)).toBe('2028-02-29T08:00:00.000Z');
  });

  it('keeps local midnight across the daylight-saving change', () => {
    const start = '2026-02-28T23:00:00.000Z'; // 1 Mar 00:00 Paris (CET)
    expect(addIntervals(start, 'month', 1, PARIS)).toBe('2026-03-31T22:00:00.000Z'); // 1 Apr 00:00 CEST
    expect(addIntervals('2026-09-30T22:00:00.000Z', 'month', 1, PARIS)).toBe('2026-10-31T23:00:00.000Z'); // back to CET
    // The same instants read in UTC would give a different answer: the zone matters.
    expect(addIntervals(start, 'month', 1, 'UTC')).toBe('2026-03-28T23:00:00.000Z');
  });

  it('works in UTC', () => {
    expect(addIntervals('2026-03-01T00:00:00.000Z', 'month', 1, 'UTC')).toBe('2026-04-01T00:00:00.000Z');
    expect(addIntervals('2026-03-11T00:00:00.000Z', 'year', 1, 'UTC')).toBe('2027-03-11T00:00:00.000Z');
    expect(addIntervals('2026-03-11T00:00:00Z', 'year', 2, 'UTC')).toBe('2028-03-11T00:00:00.000Z');
    expect(addIntervals('2026-12-15T10:30:00.000Z', 'month', 1, 'UTC')).toBe('2027-01-15T10:30:00.000Z');
  });

  it('moves a local time that falls in the spring-forward gap forward by the gap', () => {
    // 29 Jan 02:30 Paris + 2 months = 29 Mar 02:30, which does not exist: it becomes 03:30 CEST.
    expect(addIntervals('2026-01-29T01:30:00.000Z', 'month', 2, PARIS)).toBe('2026-03-29T01:30:00.000Z');
  });

  it('refuses bad input', () => {
    expect(() => addIntervals('2026-03-01T00:00:00', 'month', 1, 'UTC')).toThrow(RangeError);
    expect(() => addIntervals('2026-03-01T00:00:00Z', 'month', 1, 'Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => addIntervals('2026-03-01T00:00:00Z', 'month', 1.5, 'UTC')).toThrow(RangeError);
    expect(() => addIntervals('2026-03-01T00:00:00Z', 'week' as 'month', 1, 'UTC')).toThrow(RangeError);
  });

  const zones = fc.constantFrom('UTC', PARIS, 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Apia');
  const anchor = fc
    .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2060, 0, 1) })
    .map((ms) => new Date(ms - (ms % 60_000)).toISOString());

  it('is strictly increasing in count', () => {
    fc.assert(
      fc.property(anchor, fc.constantFrom('month' as const, 'year' as const), zones, fc.integer({ min: 0, max: 40 }), (a, interval, tz, n) => {
        return Date.parse(addIntervals(a, interval, n, tz)) < Date.parse(addIntervals(a, interval, n + 1, tz));
      }),
    );
  });

  it('twelve months from the anchor equal one year from it', () => {
    fc.assert(
      fc.property(anchor, zones, fc.integer({ min: 0, max: 5 }), (a, tz, years) => {
        return addIntervals(a, 'month', 12 * years, tz) === addIntervals(a, 'year', years, tz);
      }),
    );
  });
});

describe('periodEnd', () => {
  it('is one interval after the start', () => {
    expect(periodEnd('2026-01-31T08:00:00.000Z', 'month', PARIS)).toBe('2026-02-28T08:00:00.000Z');
    expect(periodEnd('2026-03-11T00:00:00.000Z', 'year', 'UTC')).toBe('2027-03-11T00:00:00.000Z');
  });
});
