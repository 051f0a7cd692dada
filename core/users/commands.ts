/** People > Users. Roles, licences and user creation arrive with the people issue. */
import type { HandlerMap } from '../app/handler.ts';
import { auditChange, diff } from '../audit/record.ts';
import { put } from '../model/changes.ts';
import type { User } from '../model/records.ts';
import { failure } from '../result.ts';
import { checkEmail, checkName } from './rules.ts';
import { fullName, toSummary } from './views.ts';

export const usersHandlers: HandlerMap<'users.list' | 'users.updateDetails'> = {
  'users.list'(_input, ctx) {
    const users = [...ctx.tables.users.values()]
      .map((u) => toSummary(u, ctx.tables.roles))
      .sort((a, b) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName));
    return { ok: true, value: { users } };
  },

  /** Once a user exists only that user changes their own name and email (SPEC §1) — not an admin. */
  'users.updateDetails'(input, ctx) {
    const target = ctx.tables.users.get(input.userId);
    if (!target) return failure('not_found', 'errors.users.notFound');
    if (!ctx.actor || ctx.actor.id !== target.id) {
      return failure('forbidden', 'errors.users.onlySelfDetails', { name: fullName(target) });
    }
    const errors = { ...checkName(input.firstName, input.lastName), ...checkEmail(input.email, ctx.tables.users, target.id) };
    if (Object.keys(errors).length) return failure('invalid_input', 'errors.invalidInput', undefined, errors);
    if (input.email.trim() !== target.email) {
      return failure('invalid_input', 'errors.invalidInput', undefined, { email: { key: 'errors.email.useMyAccount' } });
    }
    const next: User = { ...target, firstName: input.firstName.trim(), lastName: input.lastName.trim(), updatedAt: ctx.now.toISOString() };
    const { before, after } = diff({ firstName: target.firstName, lastName: target.lastName }, { firstName: next.firstName, lastName: next.lastName });
    if (!Object.keys(after).length) return { ok: true, value: toSummary(target, ctx.tables.roles) };
    return {
      ok: true,
      value: toSummary(next, ctx.tables.roles),
      changes: [put('users', next.id, next), auditChange(ctx, 'user.personal_info.updated', { type: 'user', id: next.id }, before, after)],
    };
  },
};
