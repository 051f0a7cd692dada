/**
 * Which address fields a country has, in which order, and whether a state or province is required —
 * read from @fragaria/address-formatter (OpenCage's per-country templates) by formatting marker values
 * and seeing which of them the country's template keeps, and where.
 */
import * as formatterModule from '@fragaria/address-formatter';
import stateCodes from '@fragaria/address-formatter/src/templates/state-codes.json' with { type: 'json' };
import { postcodeRule } from './postcodes.ts';

// The package's types declare a named `format`, but its ES and CJS builds export one default object.
const formatter = (formatterModule as unknown as { default?: typeof formatterModule }).default ?? formatterModule;

export type AddressField = 'line1' | 'line2' | 'postalCode' | 'city' | 'region';
export type RegionKind = 'state' | 'province' | 'region';

export interface AddressFormat {
  country: string;
  /** The fields in the order the country writes them. */
  fields: AddressField[];
  region: { required: boolean; kind: RegionKind } | null;
  postcode: { required: boolean; example: string | null } | null;
}

type StateName = string | { default: string; [alt: string]: string };
const STATES = stateCodes as unknown as Record<string, { key: string; name: StateName }[]>;

const MARK = { line1: 'Zqline', postalCode: '90909', city: 'Zqcity', region: 'Zqregion' } as const;

// The templates do not say how a subdivision is called; Canada's are provinces.
const PROVINCE_COUNTRIES: ReadonlySet<string> = new Set(['CA']);

const cache = new Map<string, AddressFormat>();

export function addressFormat(countryCode: string): AddressFormat {
  const country = countryCode.toUpperCase();
  const known = cache.get(country);
  if (known) return known;
  const lines = formatter.format({ road: MARK.line1, houseNumber: '1', postcode: MARK.postalCode, city: MARK.city, state: MARK.region, countryCode: country }, { output: 'array', appendCountry: false });
  const text = lines.join('\n');
  const at = (mark: string) => text.indexOf(mark);
  const present = (['postalCode', 'city', 'region'] as const).filter((f) => at(MARK[f]) >= 0).sort((a, b) => at(MARK[a]) - at(MARK[b]));
  const fields: AddressField[] = ['line1', 'line2', ...present];
  // A subdivision written on the city's line, for a country whose subdivisions the library lists
  // (US, CA, AU, BR, MX…), is part of the postal address: required. Elsewhere it is optional.
  const cityLine = lines.find((l) => l.includes(MARK.city)) ?? '';
  const hasRegion = present.includes('region');
  const required = hasRegion && cityLine.includes(MARK.region) && (STATES[country]?.length ?? 0) > 0;
  const format: AddressFormat = {
    country,
    fields,
    region: hasRegion ? { required, kind: required ? (PROVINCE_COUNTRIES.has(country) ? 'province' : 'state') : 'region' } : null,
    postcode: present.includes('postalCode') ? { required: true, example: postcodeRule(country)?.example ?? null } : null,
  };
  cache.set(country, format);
  return format;
}

/** The country's subdivision matching a code or a name (any of its spellings), case-insensitive. */
export function findRegion(country: string, value: string): { key: string; name: string } | null {
  const wanted = value.trim().toLowerCase();
  for (const state of STATES[country.toUpperCase()] ?? []) {
    const names = typeof state.name === 'string' ? [state.name] : Object.values(state.name);
    if (state.key.toLowerCase() === wanted || names.some((n) => n.toLowerCase() === wanted)) return { key: state.key, name: typeof state.name === 'string' ? state.name : state.name.default };
  }
  return null;
}
