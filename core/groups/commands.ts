/**
 * Groups of people (issue 20): create, rename, delete, add and remove members, and the products (with
 * features) a group gives every member. Any change to what members hold goes through the licence
 * engine (licences/plan.ts) with the groups as the change leaves them: one seats check over the whole
 * change, all or nothing, and the Contact Center queue rules of a direct removal.
 */
import type { CommandContext, HandlerMap, HandlerOutcome } from '../app/handler.ts';
import { auditChange, diff } from '../audit/record.ts';
import { peopleValue, productsValue, text } from '../audit/values.ts';
import { findProduct } from '../catalog/catalog.ts';
import type { OutputOf } from '../contract.ts';
import { planLicences, refusalOf } from '../licences/plan.ts';
import { del, put, type Change } from '../model/changes.ts';
import type { Group } from '../model/records.ts';
import { failure, invalidField } from '../result.ts';
import { fullName } from '../users/views.ts';
import { checkGroupName } from './rules.ts';
import { groupViews, productHolders, toGroupView } from './views.ts';

type Channels = 'groups.list' | 'groups.create' | 'groups.rename' | 'groups.delete' | 'groups.addMembers' | 'groups.removeMembers' | 'groups.setProducts' | 'products.holders';

const membersValue = (ctx: CommandContext, ids: readonly string[]) => peopleValue(ctx.tables, ids);

/** What a group is, for the audit log. */
const facts = (ctx: CommandContext, g: Group) => ({ name: text(g.name), members: membersValue(ctx, g.memberIds), products: productsValue(g.products) });

/** Left out: a real change, queue places kept. */
interface ChangeOptions {
  dryRun?: boolean | undefined;
  alsoRemoveFromQueues?: boolean | undefined;
}

/**
 * The group as `after` leaves it (null: deleted), planned over every member's licences: a dry run
 * answers with the plan; otherwise any blocker refuses the whole change, else it is written with its audit.
 */
function changeGroup(ctx: CommandContext, before: Group, after: Group | null, options: ChangeOptions, audit: Change[]): HandlerOutcome<OutputOf<'groups.delete'>> {
  const planned = planLicences(ctx, [], { alsoRemoveFromQueues: options.alsoRemoveFromQueues ?? false, notify: false }, new Map([[before.id, after]]));
  if (!planned.ok) return planned;
  const value = { group: after ? toGroupView(after, ctx) : null, plan: planned.plan };
  if (options.dryRun) return { ok: true, value };
  if (planned.plan.blockers.length) return refusalOf(planned.plan);
  const write = after ? put('groups', after.id, after) : del('groups', before.id);
  return { ok: true, value, changes: [write, ...audit, ...planned.changes] };
}

function findGroup(ctx: CommandContext, id: string): Group | undefined {
  return ctx.tables.groups.get(id);
}
const notFound = () => failure('not_found', 'groups.errors.notFound');

export const groupsHandlers: HandlerMap<Channels> = {
  'groups.list'(_input, ctx) {
    return { ok: true, value: { groups: groupViews(ctx) } };
  },

  'groups.create'(input, ctx) {
    const errors = checkGroupName(input.name, ctx.tables.groups, undefined);
    if (Object.keys(errors).length) return failure('invalid_input', 'errors.invalidInput', undefined, errors);
    const at = ctx.now.toISOString();
    const group: Group = { id: ctx.ports.ids.next('grp'), name: input.name.trim(), memberIds: [], products: [], createdAt: at, updatedAt: at };
    return { ok: true, value: toGroupView(group, ctx), changes: [put('groups', group.id, group), auditChange(ctx, 'group.created', { type: 'group', id: group.id }, null, facts(ctx, group))] };
  },

  'groups.rename'(input, ctx) {
    const group = findGroup(ctx, input.groupId);
    if (!group) return notFound();
    const errors = checkGroupName(input.name, ctx.tables.groups, group.id);
    if (Object.keys(errors).length) return failure('invalid_input', 'errors.invalidInput', undefined, errors);
    const name = input.name.trim();
    if (name === group.name) return { ok: true, value: toGroupView(group, ctx) };
    const after: Group = { ...group, name, updatedAt: ctx.now.toISOString() };
    const audit = auditChange(ctx, 'group.renamed', { type: 'group', id: group.id }, { name: text(group.name) }, { name: text(name) });
    return { ok: true, value: toGroupView(after, ctx), changes: [put('groups', group.id, after), audit] };
  },

  /** Members lose what the group gave them, unless they hold it directly or through another group. */
  'groups.delete'(input, ctx) {
    const group = findGroup(ctx, input.groupId);
    if (!group) return notFound();
    return changeGroup(ctx, group, null, input, [auditChange(ctx, 'group.deleted', { type: 'group', id: group.id }, facts(ctx, group), null)]);
  },

  /** Deactivated users hold nothing and join no group; members already in it are left as they are. */
  'groups.addMembers'(input, ctx) {
    const group = findGroup(ctx, input.groupId);
    if (!group) return notFound();
    const adding: string[] = [];
    for (const id of new Set(input.userIds)) {
      const user = ctx.tables.users.get(id);
      if (!user) return failure('not_found', 'errors.users.notFound', { userId: id });
      if (user.status !== 'active') return failure('conflict', 'groups.errors.memberDeactivated', { name: fullName(user) || user.email });
      if (!group.memberIds.includes(id)) adding.push(id);
    }
    if (!adding.length) return { ok: true, value: { group: toGroupView(group, ctx), plan: emptyPlan() } };
    const after: Group = { ...group, memberIds: [...group.memberIds, ...adding], updatedAt: ctx.now.toISOString() };
    const audit = auditChange(ctx, 'group.members.added', { type: 'group', id: group.id }, { members: membersValue(ctx, []) }, { members: membersValue(ctx, adding) });
    return changeGroup(ctx, group, after, input, [audit]);
  },

  'groups.removeMembers'(input, ctx) {
    const group = findGroup(ctx, input.groupId);
    if (!group) return notFound();
    const leaving = new Set(input.userIds.filter((id) => group.memberIds.includes(id)));
    if (!leaving.size) return { ok: true, value: { group: toGroupView(group, ctx), plan: emptyPlan() } };
    const after: Group = { ...group, memberIds: group.memberIds.filter((id) => !leaving.has(id)), updatedAt: ctx.now.toISOString() };
    const audit = auditChange(ctx, 'group.members.removed', { type: 'group', id: group.id }, { members: membersValue(ctx, [...leaving]) }, { members: membersValue(ctx, []) });
    return changeGroup(ctx, group, after, input, [audit]);
  },

  /** The whole list of the group's products with their features: what is left out is taken away. */
  'groups.setProducts'(input, ctx) {
    const group = findGroup(ctx, input.groupId);
    if (!group) return notFound();
    const products: Group['products'] = [];
    for (const asked of input.products) {
      const product = findProduct(asked.productId);
      if (!product) return invalidField('products', 'errors.licences.unknownProduct');
      if (products.some((p) => p.productId === product.id)) return invalidField('products', 'errors.licences.sameProductTwice');
      const unknown = Object.keys(asked.features).find((name) => !product.features.includes(name));
      if (unknown) return invalidField(`features.${unknown}`, 'errors.licences.unknownFeature', { product: product.name, feature: unknown });
      products.push({ productId: product.id, features: Object.fromEntries(product.features.map((f) => [f, asked.features[f] ?? false])) });
    }
    const after: Group = { ...group, products, updatedAt: ctx.now.toISOString() };
    const changed = diff({ products: productsValue(group.products) }, { products: productsValue(products) });
    if (!Object.keys(changed.after).length) return { ok: true, value: { group: toGroupView(group, ctx), plan: emptyPlan() } };
    const audit = auditChange(ctx, 'group.products.changed', { type: 'group', id: group.id }, changed.before, changed.after);
    return changeGroup(ctx, group, after, input, [audit]);
  },

  'products.holders'(input, ctx) {
    const product = findProduct(input.productId);
    if (!product) return failure('not_found', 'errors.licences.unknownProduct');
    return { ok: true, value: { productId: product.id, name: product.name, holders: productHolders(ctx, product.id) } };
  },
};

function emptyPlan(): OutputOf<'groups.delete'>['plan'] {
  return { products: [], queueHolds: [], queuesCleared: false, changedUserIds: [], blockers: [] };
}
