/**
 * What a user holds (SPEC §5 with groups): their direct assignments and the products of every group
 * they belong to, a feature on wherever any source switches it on. A deactivated user holds nothing;
 * an invited one holds what was given to them before they first sign in (model/records.ts).
 * The seat count, the Products and Overview views, People's products column, the side panel, the
 * audit and the exports all read licences through `licencesOf`, so they cannot disagree.
 */
import { CATALOG } from '../catalog/catalog.ts';
import type { Tables } from '../model/changes.ts';
import { SEATS, walkFacet } from '../model/facets.ts';
import { holdsLicences, type Group, type UserStatus } from '../model/records.ts';

/** A group seen from a member's side: its name and what it gives. */
export type GroupGift = Pick<Group, 'id' | 'name' | 'products'>;

/** Each user's groups, by user id. */
export type Memberships = ReadonlyMap<string, readonly GroupGift[]>;

/** The part of a user that decides what they hold. */
export interface Holder {
  readonly id: string;
  readonly status: UserStatus;
  readonly products: readonly { readonly productId: string; readonly features?: Readonly<Record<string, boolean>> }[];
}

export interface HeldLicence {
  productId: string;
  features: Record<string, boolean>;
  /** Given to the user themselves (not only through a group). */
  direct: boolean;
  /** The groups that give it, by name. */
  via: { id: string; name: string }[];
}

const NO_GROUPS: readonly GroupGift[] = [];
const ORDER = new Map(CATALOG.map((p, i) => [p.id, i]));

/** One pass over the groups: each member's groups, by name. */
export function membershipsOf(groups: Iterable<GroupGift & Pick<Group, 'memberIds'>>): Map<string, GroupGift[]> {
  const byUser = new Map<string, GroupGift[]>();
  for (const group of groups) {
    for (const id of group.memberIds) {
      const list = byUser.get(id);
      if (list) list.push(group);
      else byUser.set(id, [group]);
    }
  }
  for (const list of byUser.values()) list.sort((a, b) => a.name.localeCompare(b.name));
  return byUser;
}

export const storeMemberships = (tables: Pick<Tables, 'groups'>) => membershipsOf(tables.groups.values());

/** The user's licences in catalog order: direct ones and those their groups give, merged per product. */
export function licencesOf(user: Holder, memberships: Memberships): HeldLicence[] {
  if (!holdsLicences(user)) return [];
  const held = new Map<string, HeldLicence>();
  for (const p of user.products) held.set(p.productId, { productId: p.productId, features: { ...p.features }, direct: true, via: [] });
  for (const group of memberships.get(user.id) ?? NO_GROUPS) {
    for (const p of group.products) {
      const licence = held.get(p.productId) ?? held.set(p.productId, { productId: p.productId, features: {}, direct: false, via: [] }).get(p.productId)!;
      for (const [name, on] of Object.entries(p.features)) licence.features[name] = Boolean(licence.features[name]) || on;
      licence.via.push({ id: group.id, name: group.name });
    }
  }
  return [...held.values()].sort((a, b) => (ORDER.get(a.productId) ?? 99) - (ORDER.get(b.productId) ?? 99));
}

/** Whether the user holds the product, directly or through a group (deactivated: never). */
export function holdsLicence(user: Holder, memberships: Memberships, productId: string): boolean {
  if (!holdsLicences(user)) return false;
  if (user.products.some((p) => p.productId === productId)) return true;
  return (memberships.get(user.id) ?? NO_GROUPS).some((g) => g.products.some((p) => p.productId === productId));
}

/** Active holders of every product, in one pass over the users (bulk changes touch thousands). */
export function holderCounts(tables: Tables, memberships: Memberships = storeMemberships(tables)): Map<string, number> {
  const counts = new Map<string, number>();
  const held = new Set<string>();
  for (const user of walkFacet(tables, SEATS)) {
    // The products licencesOf would list, without building its licences (10k users on every Overview).
    if (!holdsLicences(user)) continue;
    held.clear();
    for (const p of user.products) held.add(p.productId);
    for (const group of memberships.get(user.id) ?? NO_GROUPS) for (const p of group.products) held.add(p.productId);
    for (const productId of held) counts.set(productId, (counts.get(productId) ?? 0) + 1);
  }
  return counts;
}

/** The active users holding the product. */
export function holdersOf<U extends Holder>(users: Iterable<U>, memberships: Memberships, productId: string): U[] {
  const out: U[] = [];
  for (const user of users) if (holdsLicence(user, memberships, productId)) out.push(user);
  return out;
}
