/**
 * Products and licences (SPEC §5): preview and apply a licence change for one or many users, and
 * list seats per product. The rules live in plan.ts; these handlers turn the input into operations.
 */
import type { CommandContext, HandlerMap } from '../app/handler.ts';
import { failure, invalidField } from '../result.ts';
import type { LicenceChangeInput } from '../schemas/licences.ts';
import { planLicences, refusalOf, type LicenceOp } from './plan.ts';
import { productViews } from './seats.ts';

/** Every user × every product asked for, assignments first; a product both given and taken is refused. */
function opsOf(input: LicenceChangeInput): LicenceOp[] | ReturnType<typeof failure> {
  if (!input.assign.length && !input.remove.length) return invalidField('assign', 'errors.licences.nothingToChange');
  const given = new Set(input.assign.map((a) => a.productId));
  if (given.size !== input.assign.length || new Set(input.remove).size !== input.remove.length || input.remove.some((p) => given.has(p))) {
    return invalidField('remove', 'errors.licences.sameProductTwice');
  }
  const ops: LicenceOp[] = [];
  for (const userId of new Set(input.userIds)) {
    for (const a of input.assign) ops.push({ userId, productId: a.productId, action: 'assign', features: a.features });
    for (const productId of input.remove) ops.push({ userId, productId, action: 'remove' });
  }
  return ops;
}

function plan(ctx: CommandContext, input: LicenceChangeInput) {
  const ops = opsOf(input);
  if (!Array.isArray(ops)) return ops;
  return planLicences(ctx, ops, input);
}

export const licencesHandlers: HandlerMap<'licences.preview' | 'licences.apply' | 'products.list'> = {
  'products.list'(_input, ctx) {
    return { ok: true, value: { products: productViews(ctx) } };
  },

  /** The summary before confirming: who gets what, seats after, what is missing, queue places. */
  'licences.preview'(input, ctx) {
    const planned = plan(ctx, input);
    return planned.ok ? { ok: true, value: planned.plan } : planned;
  },

  /** The same change, all or nothing: any blocker refuses the whole of it. */
  'licences.apply'(input, ctx) {
    const planned = plan(ctx, input);
    if (!planned.ok) return planned;
    if (planned.plan.blockers.length) return refusalOf(planned.plan);
    return { ok: true, value: planned.plan, changes: planned.changes };
  },
};
