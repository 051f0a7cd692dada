import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { day102, decimalOf, minorOf, percentOfRate } from './amounts.ts';

describe('e-invoice amounts, rates and days', () => {
  it('writes minor units as exact decimals and reads them back', () => {
    expect([decimalOf(0), decimalOf(5), decimalOf(-5), decimalOf(123456), decimalOf(-100)]).toEqual(['0.00', '0.05', '-0.05', '1234.56', '-1.00']);
    expect(decimalOf(10_000_000_000_000)).toBe('100000000000.00');
    expect(() => decimalOf(1.5)).toThrow(RangeError);
    fc.assert(fc.property(fc.maxSafeInteger(), (n) => {
      expect(minorOf(decimalOf(n))).toBe(n);
    }));
  });

  it('writes rates in percent without trailing zeros', () => {
    expect([percentOfRate(2000), percentOfRate(2550), percentOfRate(0), percentOfRate(1700), percentOfRate(10000)]).toEqual(['20', '25.5', '0', '17', '100']);
  });

  it('reads the day of an instant in the given zone', () => {
    expect(day102('2025-12-31T23:00:00.000Z', 'Europe/Paris')).toBe('20260101');
    expect(day102('2025-12-31T23:00:00.000Z', 'UTC')).toBe('20251231');
  });
});
