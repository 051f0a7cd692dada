import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertMoney, divRound, instantMs, MAX_AMOUNT, percentOf, prorate, seconds } from './money.ts';

/** Independent reference: sign(n) × floor((2|n| + d) / 2d), i.e. |n|/d rounded half up, signed. */
function reference(n: bigint, d: bigint): bigint {
  const abs = n < 0n ? -n : n;
  const rounded = (2n * abs + d) / (2n * d);
  return n < 0n ? -rounded : rounded;
}

const DAY = 86_400;
const bigNumerator = fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n });
const positiveDenominator = fc.oneof(fc.bigInt({ min: 1n, max: 20n }), fc.bigInt({ min: 1n, max: 10n ** 20n }));

describe('divRound', () => {
  it('rounds halves away from zero and everything else to nearest', () => {
    expect(divRound(5n, 2n)).toBe(3n);
    expect(divRound(-5n, 2n)).toBe(-3n);
    expect(divRound(7n, 3n)).toBe(2n);
    expect(divRound(8n, 3n)).toBe(3n);
    expect(divRound(-7n, 3n)).toBe(-2n);
    expect(divRound(-8n, 3n)).toBe(-3n);
    expect(divRound(0n, 7n)).toBe(0n);
    expect(divRound(1n, 2n)).toBe(1n);
    expect(divRound(-1n, 2n)).toBe(-1n);
    expect(divRound(1n, 3n)).toBe(0n);
  });

  it('refuses a non-positive denominator', () => {
    expect(() => divRound(1n, 0n)).toThrow(RangeError);
    expect(() => divRound(1n, -2n)).toThrow(RangeError);
  });

  it('equals the exact rational rounded half away from zero', () => {
    fc.assert(fc.property(bigNumerator, positiveDenominator, (n, d) => divRound(n, d) === reference(n, d)));
  });

  it('is symmetric: |divRound(-n, d)| = |divRound(n, d)|', () => {
    fc.assert(fc.property(bigNumerator, positiveDenominator, (n, d) => divRound(-n, d) === -divRound(n, d)));
  });

  it('lands within half a unit of the exact quotient', () => {
    fc.assert(
      fc.property(bigNumerator, positiveDenominator, (n, d) => {
        const diff = 2n * (divRound(n, d) * d - n);
        return diff <= d && diff >= -d;
      }),
    );
  });
});

describe('prorate', () => {
  it('matches the worked examples', () => {
    // 3,900 × 5 seats, 16 of 31 days left: 19,500 × 1,382,400 s / 2,678,400 s = 10,064.5 → 10,065.
    expect(prorate(3900 * 5, 16 * DAY, 31 * DAY)).toBe(10065);
    expect(19500 * 1_382_400).toBe(19500 * 16 * DAY);
    expect(prorate(39000, 30 * DAY, 31 * DAY)).toBe(37742);
    expect(prorate(19500, 21 * DAY, 31 * DAY)).toBe(13210);
    expect(prorate(-19500, 16 * DAY, 31 * DAY)).toBe(-10065);
  });

  it('refuses a non-positive total and a remaining time outside [0, total]', () => {
    expect(() => prorate(100, 0, 0)).toThrow(RangeError);
    expect(() => prorate(100, 1, -5)).toThrow(RangeError);
    expect(() => prorate(100, -1, 10)).toThrow(RangeError);
    expect(() => prorate(100, 11, 10)).toThrow(RangeError);
    expect(() => prorate(1.5, 1, 10)).toThrow(RangeError);
    expect(() => prorate(100, 0.5, 10)).toThrow(RangeError);
  });

  const amount = fc.integer({ min: 0, max: MAX_AMOUNT });
  const span = fc.integer({ min: 1, max: 366 * DAY }).chain((total) =>
    fc.tuple(fc.integer({ min: 0, max: total }), fc.integer({ min: 0, max: total }), fc.constant(total)),
  );

  it('stays within [0, amount] and is monotonic in the remaining time', () => {
    fc.assert(
      fc.property(amount, span, (a, [r1, r2, total]) => {
        const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
        const pLo = prorate(a, lo, total);
        const pHi = prorate(a, hi, total);
        return pLo >= 0 && pHi <= a && pLo <= pHi;
      }),
    );
  });

  it('gives the whole amount for the whole period and nothing for none', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_AMOUNT, max: MAX_AMOUNT }), fc.integer({ min: 1, max: 400 * DAY }), (a, t) => {
        return prorate(a, t, t) === a && Object.is(prorate(a, 0, t), 0);
      }),
    );
  });

  it('stays exact for 100,000 seats × 1,000,000.00 over a year of seconds', () => {
    const year = 365 * DAY;
    const huge = 100_000 * 100_000_000; // 1e13 minor units; × a year of seconds ≈ 3.15e20 > 2^53
    expect(huge).toBe(MAX_AMOUNT);
    expect(prorate(huge, year, year)).toBe(huge);
    expect(prorate(huge, year - 1, year)).toBe(huge - 317_098); // 1e13 / 31,536,000 = 317,097.9…
    expect(prorate(huge, 1, year)).toBe(317_098);
    // Half a year is exactly half the amount: a float product (3.15e20) would already have lost digits.
    expect(prorate(huge + 1, year / 2, year)).toBe(huge / 2 + 1); // 5e12 + 0.5 → away from zero
    fc.assert(
      fc.property(fc.integer({ min: 0, max: year }), (r) => {
        const expected = reference(BigInt(huge) * BigInt(r), BigInt(year));
        return BigInt(prorate(huge, r, year)) === expected;
      }),
    );
  });
});

describe('percentOf', () => {
  it('matches the worked examples', () => {
    expect(percentOf(17235, 1900)).toBe(3275); // 3,274.65
    expect(percentOf(-29942, 1900)).toBe(-5689); // -5,688.98
    expect(percentOf(10000, 2550)).toBe(2550);
    expect(percentOf(2, 2500)).toBe(1); // 0.5 → 1
    expect(percentOf(-2, 2500)).toBe(-1);
    expect(percentOf(MAX_AMOUNT, 2700)).toBe(2_700_000_000_000);
  });

  it('is symmetric in the sign of the amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_AMOUNT }), fc.integer({ min: 0, max: 10_000 }), (a, bp) => {
        return percentOf(-a, bp) === -percentOf(a, bp) || (a === 0 && percentOf(a, bp) === 0);
      }),
    );
  });

  it('refuses fractional inputs', () => {
    expect(() => percentOf(100, 19.5)).toThrow(RangeError);
    expect(() => percentOf(100.5, 1900)).toThrow(RangeError);
  });
});

describe('seconds and instants', () => {
  it('counts whole seconds, flooring partial ones', () => {
    expect(seconds('2026-03-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z')).toBe(31 * DAY);
    expect(seconds('2026-03-01T00:00:00.000Z', '2026-03-01T00:00:01.999Z')).toBe(1);
    expect(seconds('2026-03-01T00:00:01.999Z', '2026-03-01T00:00:00.000Z')).toBe(-2);
    expect(seconds('2026-03-01T00:00:00Z', '2026-03-01T01:00:00+01:00')).toBe(0);
    expect(seconds('2026-03-01T00:00:00Z', '2026-03-01T00:00:00Z')).toBe(0);
  });

  it('refuses instants without a zone designator (they would read the machine clock zone)', () => {
    expect(() => seconds('2026-03-01T00:00:00', '2026-04-01T00:00:00Z')).toThrow(RangeError);
    expect(() => instantMs('not a date')).toThrow(RangeError);
    expect(() => instantMs('2026-02-30T00:00:00Z')).toThrow(RangeError); // Date.parse would roll over
    expect(() => instantMs('2026-01-01T24:00:00Z')).toThrow(RangeError);
    expect(instantMs('2028-02-29T23:59:59.999+01:00')).toBe(Date.UTC(2028, 1, 29, 22, 59, 59, 999));
  });

  it('assertMoney accepts safe integers only', () => {
    expect(assertMoney(MAX_AMOUNT)).toBe(MAX_AMOUNT);
    expect(() => assertMoney(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
    expect(() => assertMoney(Number.NaN)).toThrow(RangeError);
  });
});
