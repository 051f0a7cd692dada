/**
 * EU VAT identification numbers (SPEC §3): normalisation, then each country's format and, where it
 * defines them, check digits — offline only. Whether the number is actually registered is a question for
 * VIES, online, which this module never asks. The per-country rules are jsvat-next's.
 */
import * as jsvatModule from 'jsvat-next';
import type { Country } from 'jsvat-next';

type JsvatApi = Pick<typeof jsvatModule, 'checkVAT' | 'countries'>;
/*
 * jsvat-next ships CommonJS as "main" and an ES build as "module", and neither has a default export in
 * its types. Node (vitest, the Electron main process with dependencies kept external) loads the CommonJS
 * build and, unable to see its minified exports, offers them only as `default`; a bundler that follows
 * "module" offers only the named exports. Take whichever is there.
 */
const loaded = jsvatModule as Partial<JsvatApi> & { default?: JsvatApi };
const jsvat: JsvatApi = typeof loaded.checkVAT === 'function' ? (loaded as JsvatApi) : loaded.default!;

/** The 27 member states, ISO 3166-1 alpha-2 (Greece is GR; its VAT prefix is EL). */
export const EU_COUNTRIES = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
  'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
] as const;
export type EuCountry = (typeof EU_COUNTRIES)[number];

const EU_SET: ReadonlySet<string> = new Set(EU_COUNTRIES);

export function isEuCountry(code: string): code is EuCountry {
  return EU_SET.has(code);
}

/** The VAT number prefix of a country: its ISO code, except Greece (GR → EL). */
export function vatPrefix(country: string): string {
  return country === 'GR' ? 'EL' : country;
}

/** Prefixes that name a country: those of the member states, plus GR and the usual non-EU ones. */
const COUNTRY_PREFIXES: ReadonlySet<string> = new Set([...EU_COUNTRIES.map(vatPrefix), 'GR', 'EU', 'XI', 'GB', 'CH', 'NO']);

const RULES: ReadonlyMap<string, Country> = new Map(
  jsvat.countries.filter((c) => EU_SET.has(c.codes[0] ?? '')).map((c) => [c.codes[0] ?? '', c]),
);

export type VatNumberCheck =
  | { ok: true; normalized: string }
  | { ok: false; reason: 'not_eu' | 'format' | 'checksum' | 'country_mismatch' };

/** Spaces (any kind), dots and dashes (any kind) go; letters are uppercased. */
function normalize(raw: string): string {
  return raw.toUpperCase().replace(/[\s.\-\u2010-\u2015\u2212]/g, '');
}

function validate(country: EuCountry, value: string): VatNumberCheck {
  const rules = RULES.get(country);
  if (!rules) throw new Error(`jsvat-next has no rules for ${country}`);
  if (!/^[A-Z0-9]+$/.test(value)) return { ok: false, reason: 'format' };
  const result = jsvat.checkVAT(value, [rules]);
  if (result.isValid) return { ok: true, normalized: value };
  return { ok: false, reason: result.isValidFormat ? 'checksum' : 'format' };
}

/**
 * Normalises and checks a VAT number for a billing country: the country's prefix is added when missing
 * (GR is read as EL), another country's prefix is refused, then format and check digits are verified.
 */
export function checkVatNumber(country: string, raw: string): VatNumberCheck {
  const code = country.trim().toUpperCase();
  if (!isEuCountry(code)) return { ok: false, reason: 'not_eu' };
  const prefix = vatPrefix(code);
  const value = normalize(raw);
  if (value === '') return { ok: false, reason: 'format' };
  if (value.startsWith(prefix)) return validate(code, value);
  if (code === 'GR' && value.startsWith('GR')) return validate(code, `EL${value.slice(2)}`);
  // Another country's prefix is refused outright, even where the rest would pass as this country's
  // (French keys may be letters, and jsvat-next does not check letter keys: "DE136695976" would do).
  if (COUNTRY_PREFIXES.has(value.slice(0, 2))) return { ok: false, reason: 'country_mismatch' };
  return validate(code, prefix + value);
}
