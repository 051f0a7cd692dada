/**
 * A row's verdict in the dry run, and the rows that have none yet: read and known (user, product,
 * action, features), waiting for the repeat, holding, queue and seat checks.
 */
import type { Product } from '../catalog/catalog.ts';
import type { User } from '../model/records.ts';
import type { ImportRow, ImportStatus } from '../schemas/imports.ts';
import { actionOf, featuresOf, productOf, type FeaturesOutcome, type RowAction } from './fields.ts';

export interface Verdict {
  status: ImportStatus;
  key: string;
  params?: Record<string, string | number>;
}

export interface Candidate {
  /** Index of the row in the file's rows. */
  index: number;
  line: number;
  user: User;
  product: Product;
  action: RowAction;
  features: Record<string, boolean>;
}

const PROBLEM_KEYS = { bad_quotes: 'imports.errors.badQuotes', extra_cells: 'imports.errors.extraCells', too_long: 'imports.errors.tooLong' } as const;

const malformed = (key: string, params?: Verdict['params']): Verdict => ({ status: 'malformed', key, ...(params ? { params } : {}) });

/** Users by email, lower-cased: one pass, so that 10k rows look up 10k users in no time. */
export function usersByEmail(users: Iterable<User>): Map<string, User> {
  const index = new Map<string, User>();
  for (const user of users) index.set(user.email.toLowerCase(), user);
  return index;
}

/** Reads the cells of many rows; a file repeats the same few products, actions and features cells, so each is read once. */
export function rowReader(byEmail: ReadonlyMap<string, User>): (row: ImportRow, index: number) => Verdict | Candidate {
  const actions = new Map<string, RowAction | undefined>();
  const products = new Map<string, Product | undefined>();
  const features = new Map<string, FeaturesOutcome>();
  const once = <K, V>(cache: Map<K, V>, key: K, read: () => V): V => {
    if (!cache.has(key)) cache.set(key, read());
    return cache.get(key)!;
  };

  return (row, index) => {
    if (row.problem) return malformed(PROBLEM_KEYS[row.problem]);
    const email = row.email.trim().toLowerCase();
    if (!email) return malformed('imports.errors.missingEmail');
    if (!row.product) return malformed('imports.errors.missingProduct');
    if (!row.action) return malformed('imports.errors.missingAction');
    const action = once(actions, row.action, () => actionOf(row.action));
    if (!action) return malformed('imports.errors.unknownAction', { action: row.action });
    const product = once(products, row.product, () => productOf(row.product));
    if (!product) return { status: 'unknown_product', key: 'imports.errors.unknownProduct', params: { product: row.product } };
    const asked = action === 'assign' ? once(features, `${product.id}\u0000${row.features}`, () => featuresOf(row.features, product)) : undefined;
    if (asked && !asked.ok) return malformed(asked.key, asked.params);
    const user = byEmail.get(email);
    if (!user) return { status: 'unknown_user', key: 'imports.errors.unknownUser', params: { email: row.email } };
    return { index, line: row.line, user, product, action, features: asked?.features ?? {} };
  };
}

export const isVerdict = (read: Verdict | Candidate): read is Verdict => 'status' in read;
