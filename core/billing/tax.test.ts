import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentOf } from './money.ts';
import {
  EU_COUNTRIES,
  EU_STANDARD_VAT_RATES,
  EU_STANDARD_VAT_RATES_AS_OF,
  REVERSE_CHARGE_MENTION,
  SELLER_COUNTRY,
  taxOn,
  taxTreatment,
} from './tax.ts';

describe('EU standard VAT rates', () => {
  it('has one rate per member state and no other', () => {
    expect(Object.keys(EU_STANDARD_VAT_RATES).sort()).toEqual([...EU_COUNTRIES].sort());
    expect(EU_COUNTRIES).toContain('GR');
    expect(EU_COUNTRIES).not.toContain('EL');
    expect(EU_STANDARD_VAT_RATES_AS_OF).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Every standard rate respects the Directive's 15 % floor and is a whole basis point.
    for (const rate of Object.values(EU_STANDARD_VAT_RATES)) {
      expect(Number.isInteger(rate)).toBe(true);
      expect(rate).toBeGreaterThanOrEqual(1500);
      expect(rate).toBeLessThanOrEqual(2700);
    }
  });

  it('carries the rates in force, including the 2024–2025 changes', () => {
    expect(EU_STANDARD_VAT_RATES).toMatchObject({
      AT: 2000, BE: 2100, BG: 2000, CY: 1900, CZ: 2100, DE: 1900, DK: 2500, EE: 2400, ES: 2100,
      FI: 2550, FR: 2000, GR: 2400, HR: 2500, HU: 2700, IE: 2300, IT: 2200, LT: 2100, LU: 1700,
      LV: 2100, MT: 1800, NL: 2100, PL: 2300, PT: 2300, RO: 2100, SE: 2500, SI: 2200, SK: 2300,
    });
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(EU_STANDARD_VAT_RATES)).toBe(true);
  });
});

describe('taxTreatment', () => {
  it("charges an EU customer without a VAT number their country's standard rate", () => {
    expect(taxTreatment({ country: 'DE' })).toEqual({ kind: 'standard', rateBasisPoints: 1900, country: 'DE' });
    expect(taxTreatment({ country: 'FI', vatNumber: undefined })).toEqual({ kind: 'standard', rateBasisPoints: 2550, country: 'FI' });
    expect(taxTreatment({ country: 'fr', vatNumber: '  ' })).toEqual({ kind: 'standard', rateBasisPoints: 2000, country: 'FR' });
    expect(taxTreatment({ country: 'GR' })).toEqual({ kind: 'standard', rateBasisPoints: 2400, country: 'GR' });
  });

  it('reverse-charges an EU business outside Ireland with a valid VAT number, with the legal mention', () => {
    const expected = { kind: 'reverse_charge', rateBasisPoints: 0, mention: REVERSE_CHARGE_MENTION };
    expect(taxTreatment({ country: 'DE', vatNumber: 'DE136695976' })).toEqual({ ...expected, country: 'DE' });
    expect(taxTreatment({ country: 'FR', vatNumber: '83 404 833 048' })).toEqual({ ...expected, country: 'FR' });
    expect(taxTreatment({ country: 'GR', vatNumber: 'EL094259216' })).toEqual({ ...expected, country: 'GR' });
    expect(REVERSE_CHARGE_MENTION).toBe('Reverse charge – VAT to be accounted for by the recipient (Art. 196 Directive 2006/112/EC)');
  });

  it('charges the standard rate when the VAT number fails its check or belongs to another country', () => {
    expect(taxTreatment({ country: 'DE', vatNumber: 'DE136695977' })).toEqual({ kind: 'standard', rateBasisPoints: 1900, country: 'DE' });
    expect(taxTreatment({ country: 'DE', vatNumber: 'DE1366959' })).toEqual({ kind: 'standard', rateBasisPoints: 1900, country: 'DE' });
    expect(taxTreatment({ country: 'DE', vatNumber: 'FR83404833048' })).toEqual({ kind: 'standard', rateBasisPoints: 1900, country: 'DE' });
  });

  it("never reverse-charges a customer in the seller's own country", () => {
    expect(SELLER_COUNTRY).toBe('IE');
    expect(taxTreatment({ country: 'IE', vatNumber: 'IE6388047V' })).toEqual({ kind: 'standard', rateBasisPoints: 2300, country: 'IE' });
  });

  it('charges no EU VAT outside the EU, VAT number or not', () => {
    expect(taxTreatment({ country: 'US' })).toEqual({ kind: 'outside_eu', rateBasisPoints: 0, country: 'US' });
    expect(taxTreatment({ country: 'GB', vatNumber: 'GB980780684' })).toEqual({ kind: 'outside_eu', rateBasisPoints: 0, country: 'GB' });
    expect(taxTreatment({ country: 'CH' })).toEqual({ kind: 'outside_eu', rateBasisPoints: 0, country: 'CH' });
    expect(taxTreatment({ country: 'NO' }).kind).toBe('outside_eu');
  });

  it('gives a rate from the table for every member state', () => {
    for (const country of EU_COUNTRIES) {
      expect(taxTreatment({ country }).rateBasisPoints).toBe(EU_STANDARD_VAT_RATES[country]);
    }
  });
});

describe('taxOn', () => {
  it('rounds the tax on the taxable total half away from zero', () => {
    expect(taxOn(17235, 1900)).toBe(3275); // 3,274.65
    expect(taxOn(-29942, 1900)).toBe(-5689); // -5,688.98 on a net credit
    expect(taxOn(10000, 2550)).toBe(2550);
    expect(taxOn(1, 2550)).toBe(0); // 0.255
    expect(taxOn(2, 2500)).toBe(1); // 0.5
    expect(taxOn(39000, 0)).toBe(0);
  });

  it('is percentOf', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), fc.constantFrom(...Object.values(EU_STANDARD_VAT_RATES), 0), (amount, rate) => {
        return taxOn(amount, rate) === percentOf(amount, rate);
      }),
    );
  });
});
