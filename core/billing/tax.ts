/**
 * VAT on the vendor's invoices (SPEC §3–4). The seller is established in Ireland. An EU business customer
 * outside Ireland with a valid VAT number is reverse-charged (0 % with the legal mention); any other EU
 * customer pays their country's standard rate; customers outside the EU are charged no EU VAT.
 * Rates are basis points (19 % = 1900, 25.5 % = 2550).
 */
import { percentOf } from './money.ts';
import { checkVatNumber, isEuCountry } from './vat-number.ts';

export { EU_COUNTRIES, type EuCountry } from './vat-number.ts';

export const SELLER_COUNTRY = 'IE';

/** The date on which every rate below was in force. */
export const EU_STANDARD_VAT_RATES_AS_OF = '2026-01-01';

/** Standard VAT rate of each member state, in basis points, as in force on EU_STANDARD_VAT_RATES_AS_OF. */
export const EU_STANDARD_VAT_RATES: Readonly<Record<string, number>> = Object.freeze({
  AT: 2000,
  BE: 2100,
  BG: 2000,
  CY: 1900,
  CZ: 2100, // 2024 reform merged the reduced rates (15 % and 10 % → 12 %); standard unchanged
  DE: 1900,
  DK: 2500,
  EE: 2400, // 20 % → 22 % on 1 Jan 2024, → 24 % on 1 Jul 2025
  ES: 2100,
  FI: 2550, // 24 % → 25.5 % on 1 Sep 2024
  FR: 2000,
  GR: 2400,
  HR: 2500,
  HU: 2700,
  IE: 2300,
  IT: 2200,
  LT: 2100,
  LU: 1700, // temporarily 16 % during 2023, back to 17 % on 1 Jan 2024
  LV: 2100,
  MT: 1800,
  NL: 2100,
  PL: 2300,
  PT: 2300,
  RO: 2100, // 19 % → 21 % on 1 Aug 2025
  SE: 2500,
  SI: 2200,
  SK: 2300, // 20 % → 23 % on 1 Jan 2025
});

export const REVERSE_CHARGE_MENTION = 'Reverse charge – VAT to be accounted for by the recipient (Art. 196 Directive 2006/112/EC)';

export interface TaxTreatment {
  kind: 'standard' | 'reverse_charge' | 'outside_eu';
  rateBasisPoints: number;
  /** The customer's billing country, ISO 3166-1 alpha-2, uppercase. */
  country: string;
  /** The legal mention the invoice must carry, for a reverse charge. */
  mention?: string;
}

/** How a customer's invoices are taxed, from their billing country and VAT number (checked offline). */
export function taxTreatment(customer: { country: string; vatNumber?: string | undefined }): TaxTreatment {
  const country = customer.country.trim().toUpperCase();
  if (!isEuCountry(country)) return { kind: 'outside_eu', rateBasisPoints: 0, country };
  const vatNumber = customer.vatNumber?.trim() ?? '';
  if (country !== SELLER_COUNTRY && vatNumber !== '' && checkVatNumber(country, vatNumber).ok) {
    return { kind: 'reverse_charge', rateBasisPoints: 0, country, mention: REVERSE_CHARGE_MENTION };
  }
  const rate = EU_STANDARD_VAT_RATES[country];
  if (rate === undefined) throw new Error(`no standard VAT rate for ${country}`);
  return { kind: 'standard', rateBasisPoints: rate, country };
}

/** Tax at one rate on the invoice's taxable total, rounded half away from zero to the minor unit. */
export function taxOn(taxable: number, rateBasisPoints: number): number {
  return percentOf(taxable, rateBasisPoints);
}
