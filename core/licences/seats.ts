/** Seats bought and licences held, per product (SPEC §5: never beyond the seats bought). */
import type { CommandContext } from '../app/handler.ts';
import { addLicencesBlocker } from '../billing/buyer.ts';
import { assignedCount } from '../billing/views.ts';
import { CATALOG, findPlan, type Product } from '../catalog/catalog.ts';
import type { Tables } from '../model/changes.ts';
import type { User } from '../model/records.ts';
import type { ProductView } from '../schemas/licences.ts';
import { holdsLicences } from '../model/records.ts';
import { holderCounts } from './effective.ts';

/** Subscription seats of the product, plus add-on seats (Contact Center rides on Business Phone). */
export function seatsBought(tables: Tables, productId: string): number {
  let seats = 0;
  for (const sub of tables.subscriptions.values()) {
    if (sub.productId === productId) seats += sub.seats;
    for (const addOn of sub.addOns) if (addOn.productId === productId) seats += addOn.seats;
  }
  return seats;
}

interface PlanOf {
  name: string;
  price: NonNullable<ProductView['price']>;
}

/** The product's plan and price per seat, from its subscription or the one it is an add-on of. */
function planOf(tables: Tables, productId: string): PlanOf | null {
  for (const sub of tables.subscriptions.values()) {
    const price = { currency: sub.currency, interval: sub.interval };
    if (sub.productId === productId) return { name: findPlan(sub.planId)?.name ?? sub.planId, price: { ...price, amount: sub.unitAmount } };
    const addOn = sub.addOns.find((a) => a.productId === productId);
    if (addOn) return { name: findPlan(addOn.planId)?.name ?? addOn.planId, price: { ...price, amount: addOn.unitAmount } };
  }
  return null;
}

export const holds = (user: User, productId: string) => user.products.some((p) => p.productId === productId);

/** Counted like billing counts them: active and invited users holding the product. */
export const countsAsAssigned = (user: User, productId: string) => holdsLicences(user) && holds(user, productId);

/** One product's seats; `assigned` defaults to the store's count (a command passes the count after its change). */
export function productView(ctx: Pick<CommandContext, 'tables' | 'caps'>, product: Product, assigned = assignedCount(ctx.tables, product.id)): ProductView {
  const seats = seatsBought(ctx.tables, product.id);
  const blocker = addLicencesBlocker(ctx.caps, ctx.tables, product.id);
  const plan = planOf(ctx.tables, product.id);
  return {
    productId: product.id,
    name: product.name,
    features: [...product.features],
    ...(product.addOnOf ? { addOnOf: product.addOnOf } : {}),
    planName: plan?.name ?? null,
    ...(plan && ctx.caps.has('view_billing') ? { price: plan.price } : {}),
    seats,
    assigned,
    free: Math.max(0, seats - assigned),
    canAddLicences: blocker === null,
    ...(blocker ? { addLicencesReason: blocker } : {}),
  };
}

export function productViews(ctx: Pick<CommandContext, 'tables' | 'caps'>): ProductView[] {
  // One walk over the users for every product's count (not one per product).
  const counts = holderCounts(ctx.tables);
  return CATALOG.map((product) => productView(ctx, product, counts.get(product.id) ?? 0));
}
