/**
 * Facets: a named part of every record of a table, for walks that read that part and nothing else.
 * Walking a table through a facet says so to a shared store, which then refuses the walking command
 * only when another desktop changed that part of some record (or added or removed one that has it),
 * not when it changed anything in the table. In one process the walk is the table's own values().
 *
 * The seats check is the reason: a licence change counts the holders of every product over all the
 * users, and on a busy account someone always saves a user's phone number meanwhile. Who holds what
 * changes far less often.
 */
import type { Tables } from './changes.ts';
import type { CollectionName, Collections } from './records.ts';
import { holdsLicences, type UserStatus } from './records.ts';

/**
 * `View`: the part a walk may read, a supertype of the record with only what the fingerprint depends
 * on, so that reading anything else does not type-check.
 */
export interface Facet<C extends CollectionName, View> {
  coll: C;
  name: string;
  /**
   * Equal for two versions of a record exactly when a walk through the facet sees no difference
   * (undefined: no record). It sees only the View too.
   */
  fingerprint(record: View | undefined): string;
}

/** Who holds a seat: an active or invited user's products (not their features); a deactivated user holds none. */
export interface SeatHolder {
  /** Never changes: it names the user's groups (core/licences/effective.ts). */
  readonly id: string;
  readonly status: UserStatus;
  readonly products: readonly { readonly productId: string }[];
}

export const SEATS: Facet<'users', SeatHolder> = {
  coll: 'users',
  name: 'seats',
  fingerprint: (user) =>
    user && holdsLicences(user)
      ? user.products
          .map((p) => p.productId)
          .sort()
          .join(',')
      : '',
};

export const FACETS: readonly Facet<CollectionName, unknown>[] = [SEATS as Facet<CollectionName, unknown>];

/** A facet's key for a shared store's read and write sets (`users#seats`). */
export const facetKey = (facet: { coll: string; name: string }) => `${facet.coll}#${facet.name}`;

/** A table that can tell a walk through a facet from a walk through everything (a shared store's). */
export const FACET_WALK = Symbol('facet walk');
interface FacetWalkable<V> {
  [FACET_WALK]?(name: string): Iterable<V>;
}

/** Every record, seen through the facet (as its View). */
export function walkFacet<C extends CollectionName, View>(tables: Tables, facet: Facet<C, View> & (Collections[C] extends View ? unknown : never)): Iterable<View> {
  const table = tables[facet.coll] as Map<string, Collections[C]> & FacetWalkable<Collections[C]>;
  return (table[FACET_WALK] ? table[FACET_WALK](facet.name) : table.values()) as Iterable<View>;
}
