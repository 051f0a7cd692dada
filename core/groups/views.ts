/** Groups and product holders as they leave the core: names resolved, members and holders by name. */
import type { CommandContext } from '../app/handler.ts';
import { findProduct } from '../catalog/catalog.ts';
import { licencesOf, storeMemberships } from '../licences/effective.ts';
import type { Group } from '../model/records.ts';
import type { GroupView, ProductHolder } from '../schemas/groups.ts';
import { fullName } from '../users/views.ts';

const collator = new Intl.Collator('en', { sensitivity: 'base' });

export function toGroupView(group: Group, ctx: Pick<CommandContext, 'tables'>): GroupView {
  const members = group.memberIds.flatMap((id) => {
    const user = ctx.tables.users.get(id);
    return user ? [{ userId: id, name: fullName(user) || user.email, email: user.email, status: user.status }] : [];
  });
  members.sort((a, b) => collator.compare(a.name, b.name));
  return {
    id: group.id,
    name: group.name,
    members,
    products: group.products.map((p) => ({ productId: p.productId, name: findProduct(p.productId)?.name ?? p.productId, features: { ...p.features } })),
    createdAt: group.createdAt,
  };
}

export const groupViews = (ctx: Pick<CommandContext, 'tables'>) =>
  [...ctx.tables.groups.values()].sort((a, b) => collator.compare(a.name, b.name)).map((g) => toGroupView(g, ctx));

/** Everyone holding the product, directly or through groups, by name. */
export function productHolders(ctx: Pick<CommandContext, 'tables'>, productId: string): ProductHolder[] {
  const memberships = storeMemberships(ctx.tables);
  const holders: ProductHolder[] = [];
  for (const user of ctx.tables.users.values()) {
    const licence = licencesOf(user, memberships).find((l) => l.productId === productId);
    if (licence) holders.push({ userId: user.id, name: fullName(user) || user.email, email: user.email, direct: licence.direct, via: licence.via, features: licence.features });
  }
  return holders.sort((a, b) => collator.compare(a.name, b.name));
}
