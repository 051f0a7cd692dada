/**
 * Products and licences (SPEC §5): assign a product to users (with its per-user features), remove
 * it, and list seats per product. Assign and remove are all or nothing, never beyond the seats bought.
 */
import type { CommandContext, HandlerMap, HandlerOutcome } from '../app/handler.ts';
import { auditChange } from '../audit/record.ts';
import { assignedCount } from '../billing/views.ts';
import { findProduct, type Product } from '../catalog/catalog.ts';
import { put, type Change } from '../model/changes.ts';
import type { ProductAssignment, User } from '../model/records.ts';
import { failure, invalidField, type Failure } from '../result.ts';
import { findUsers } from '../users/views.ts';
import { productChangeEmail } from './emails.ts';
import { countsAsAssigned, holds, productView, productViews, seatsBought } from './seats.ts';

type Refusal = { ok: false; failure: Failure };
type Target = { product: Product; users: User[] };

/** The product and the users a command names, or why not: unknown product → invalid_input, unknown user → not_found. */
function resolve(ctx: CommandContext, productId: string, userIds: string[]): Target | Refusal {
  const product = findProduct(productId);
  if (!product) return invalidField('productId', 'errors.licences.unknownProduct');
  const users = findUsers(ctx.tables.users, userIds);
  if ('missing' in users) return failure('not_found', 'errors.users.notFound', { userId: users.missing });
  return { product, users: users.found };
}

/** The features asked for, checked against the product's: a feature it does not have is refused. */
function checkFeatures(product: Product, asked: Record<string, boolean | undefined>): { features: Record<string, boolean> } | Refusal {
  const features: Record<string, boolean> = {};
  const fields: NonNullable<Failure['fields']> = {};
  for (const [name, on] of Object.entries(asked)) {
    if (on === undefined) continue;
    if (product.features.includes(name)) features[name] = on;
    else fields[`features.${name}`] = { key: 'errors.licences.unknownFeature', params: { product: product.name, feature: name } };
  }
  return Object.keys(fields).length ? failure('invalid_input', 'errors.invalidInput', undefined, fields) : { features };
}

/** One put, one audit entry (before/after products) and, when asked, one email per changed user. */
function changesFor(ctx: CommandContext, action: string, pairs: [User, User][], notify: boolean): Change[] {
  const changes: Change[] = [];
  for (const [before, after] of pairs) {
    changes.push(put('users', after.id, after));
    changes.push(auditChange(ctx, action, { type: 'user', id: after.id }, { products: before.products }, { products: after.products }));
    if (!notify) continue;
    const email = productChangeEmail(ctx, after);
    changes.push(put('outbox', email.id, email));
  }
  return changes;
}

type LicenceOutcome = HandlerOutcome<{ changed: string[]; product: ReturnType<typeof productView> }>;

function answer(ctx: CommandContext, product: Product, action: string, pairs: [User, User][], notify: boolean): LicenceOutcome {
  let assigned = assignedCount(ctx.tables, product.id);
  for (const [before, after] of pairs) assigned += Number(countsAsAssigned(after, product.id)) - Number(countsAsAssigned(before, product.id));
  const value = { changed: pairs.map(([, after]) => after.id), product: productView(ctx, product, assigned) };
  return pairs.length ? { ok: true, value, changes: changesFor(ctx, action, pairs, notify) } : { ok: true, value };
}

export const licencesHandlers: HandlerMap<'licences.assign' | 'licences.remove' | 'products.list'> = {
  'products.list'(_input, ctx) {
    return { ok: true, value: { products: productViews(ctx) } };
  },

  'licences.assign'(input, ctx) {
    const target = resolve(ctx, input.productId, input.userIds);
    if ('ok' in target) return target;
    const { product, users } = target;
    const checked = checkFeatures(product, input.features);
    if ('ok' in checked) return checked;
    const { features } = checked;
    const newcomers = users.filter((u) => !holds(u, product.id));
    const free = seatsBought(ctx.tables, product.id) - assignedCount(ctx.tables, product.id);
    if (newcomers.length > free) {
      return failure('conflict', 'errors.licences.seatsShort', { missing: newcomers.length - Math.max(0, free), product: product.name });
    }
    const at = ctx.now.toISOString();
    const pairs: [User, User][] = [];
    for (const user of users) {
      const held = user.products.find((p) => p.productId === product.id);
      const next: ProductAssignment = held
        ? { ...held, features: { ...held.features, ...features } }
        : { productId: product.id, features: { ...Object.fromEntries(product.features.map((f) => [f, false])), ...features }, assignedAt: at };
      if (held && JSON.stringify(held.features) === JSON.stringify(next.features)) continue;
      const products = held ? user.products.map((p) => (p === held ? next : p)) : [...user.products, next];
      pairs.push([user, { ...user, products, updatedAt: at }]);
    }
    return answer(ctx, product, 'user.products.assigned', pairs, input.notify);
  },

  'licences.remove'(input, ctx) {
    const target = resolve(ctx, input.productId, input.userIds);
    if ('ok' in target) return target;
    const { product, users } = target;
    const at = ctx.now.toISOString();
    const pairs: [User, User][] = users
      .filter((u) => holds(u, product.id))
      .map((u) => [u, { ...u, products: u.products.filter((p) => p.productId !== product.id), updatedAt: at }]);
    return answer(ctx, product, 'user.products.removed', pairs, input.notify);
  },
};
