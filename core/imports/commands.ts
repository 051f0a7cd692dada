/**
 * Licences by CSV import (SPEC §5): the dry-run report, then the `ok` rows applied as one command —
 * re-checked against the account as it is now, and refused if that is no longer what the admin saw.
 */
import type { HandlerMap } from '../app/handler.ts';
import { refusalOf } from '../licences/plan.ts';
import { failure } from '../result.ts';
import { checkImport } from './check.ts';

export const importsHandlers: HandlerMap<'imports.check' | 'imports.apply'> = {
  /** Changes nothing: every row's status, the totals, seats after and the queue places in the way. */
  'imports.check'(input, ctx) {
    const checked = checkImport(ctx, input.rows, { alsoRemoveFromQueues: input.alsoRemoveFromQueues, notify: false });
    return checked.ok ? { ok: true, value: checked.report } : checked;
  },

  /** All the `ok` rows in one commit, or nothing. */
  'imports.apply'(input, ctx) {
    const checked = checkImport(ctx, input.rows, input);
    if (!checked.ok) return checked;
    const { report, plan, changes } = checked;
    if (report.digest !== input.digest) return failure('conflict', 'imports.errors.changedSinceCheck');
    if (plan.blockers.length) return refusalOf(plan);
    if (!report.totals.ok) return failure('conflict', 'imports.errors.nothingToApply');
    return {
      ok: true,
      value: { applied: report.totals.ok, changedUsers: plan.changedUserIds.length, products: report.products, queuesCleared: report.queuesCleared },
      changes,
    };
  },
};
