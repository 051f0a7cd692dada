/**
 * What the cells of a licence row mean: the action, the product (its id or its name, any case or
 * spacing), and the features cell. The documented syntax is `session_recording=on; unattended_access=off`
 * (`;` or `,` between features; on/off, yes/no, true/false, 1/0); `+session_recording -unattended_access`
 * and a bare name (= on) are accepted too. An empty cell keeps a holder's features (all off for a new licence).
 */
import { CATALOG, type Product } from '../catalog/catalog.ts';
import { fold } from './csv-rows.ts';

export type RowAction = 'assign' | 'remove';

const ACTIONS: Record<string, RowAction> = { assign: 'assign', add: 'assign', remove: 'remove', unassign: 'remove' };

export function actionOf(cell: string): RowAction | undefined {
  return ACTIONS[fold(cell)];
}

const PRODUCTS = new Map<string, Product>(CATALOG.flatMap((p) => [[fold(p.id), p] as const, [fold(p.name), p] as const]));

export function productOf(cell: string): Product | undefined {
  return PRODUCTS.get(fold(cell));
}

const ON = new Set(['on', 'yes', 'true', '1', 'y', 'enabled']);
const OFF = new Set(['off', 'no', 'false', '0', 'n', 'disabled']);

export type FeaturesOutcome =
  | { ok: true; features: Record<string, boolean> }
  | { ok: false; key: 'imports.errors.badFeatures'; params: { value: string } }
  | { ok: false; key: 'imports.errors.unknownFeature'; params: { product: string; feature: string } };

/** One `name=value`, `+name`, `-name` or `name` → [name as written, on]; undefined when unreadable. */
function readToken(token: string): [string, boolean] | undefined {
  if (/[=:]/.test(token)) {
    const pair = /^([^=:]+)[=:]([^=:]*)$/.exec(token);
    if (!pair) return undefined;
    const value = fold(pair[2]!);
    const on = ON.has(value) ? true : OFF.has(value) ? false : undefined;
    return on === undefined ? undefined : [pair[1]!.trim(), on];
  }
  if (token.startsWith('+')) return [token.slice(1).trim(), true];
  if (token.startsWith('-')) return [token.slice(1).trim(), false];
  return [token, true];
}

/** The features cell for a product: feature name → on/off, every name one of the product's features. */
export function featuresOf(cell: string, product: Product): FeaturesOutcome {
  const features: Record<string, boolean> = {};
  const names = new Map(product.features.map((f) => [fold(f), f]));
  const tokens = cell.split(/[;,|]/).flatMap((part) => (/[=:]/.test(part) ? [part.trim()] : part.trim().split(/\s+/)));
  for (const token of tokens) {
    if (!token) continue;
    const read = readToken(token);
    if (!read || !read[0]) return { ok: false, key: 'imports.errors.badFeatures', params: { value: token } };
    const name = names.get(fold(read[0]));
    if (!name) return { ok: false, key: 'imports.errors.unknownFeature', params: { product: product.name, feature: read[0] } };
    if (features[name] !== undefined && features[name] !== read[1]) return { ok: false, key: 'imports.errors.badFeatures', params: { value: cell } };
    features[name] = read[1];
  }
  return { ok: true, features };
}

/** The same features in one canonical order, to compare two rows' asks. */
export const featuresKey = (features: Record<string, boolean>): string =>
  Object.keys(features)
    .sort()
    .map((name) => `${name}=${features[name] ? 1 : 0}`)
    .join(';');
