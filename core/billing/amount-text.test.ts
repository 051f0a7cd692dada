import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmount } from './amount-text.ts';

describe('an amount as typed', () => {
  it('reads the usual ways of writing one, and refuses what is not an amount', () => {
    expect(parseAmount('205.10')).toBe(20510);
    expect(parseAmount('205,1')).toBe(20510);
    expect(parseAmount('1 205,10')).toBe(120510);
    expect(parseAmount('1.205,10 €')).toBe(120510);
    expect(parseAmount("1'205.10")).toBe(120510);
    expect(parseAmount('-90')).toBe(-9000);
    for (const text of ['', 'abc', '12a', '1..2.3.', '--5', '€']) expect(parseAmount(text), text).toBeNull();
  });

  it('reads back any amount written with either decimal mark, with or without thousands separators (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom('.', ','), fc.constantFrom('', ' ', '\u202f'), (minor, mark, group) => {
        const abs = Math.abs(minor);
        const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, group);
        const text = `${minor < 0 ? '-' : ''}${whole}${mark}${String(abs % 100).padStart(2, '0')}`;
        expect(parseAmount(text)).toBe(minor);
      }),
      { seed: 205, numRuns: 500 },
    );
  });
});
