/** Changing users' roles (SPEC §1): only a super administrator (manage_roles, checked by the matrix). */
import type { HandlerMap } from '../app/handler.ts';
import { auditChange, diff } from '../audit/record.ts';
import { put, type Change } from '../model/changes.ts';
import type { User } from '../model/records.ts';
import { failure } from '../result.ts';
import { storeMemberships } from '../licences/effective.ts';
import { checkAccountKeeps } from './guards.ts';
import { checkRoleChoice, roleFacts, withRole } from './role-rules.ts';
import { findUsers, toSummary } from './views.ts';

export const roleHandlers: HandlerMap<'users.setRole'> = {
  'users.setRole'(input, ctx) {
    const found = findUsers(ctx.tables.users, input.userIds);
    if ('missing' in found) return failure('not_found', 'errors.users.notFound', { userId: found.missing });
    const errors = checkRoleChoice(ctx.tables.roles, input.role, input.customRoleId);
    if (Object.keys(errors).length) return failure('invalid_input', 'errors.invalidInput', undefined, errors);
    const at = ctx.now.toISOString();
    const roles = ctx.tables.roles;
    const changed: { before: User; after: User; audit: ReturnType<typeof diff> }[] = [];
    for (const user of found.found) {
      const after = withRole(user, input.role, input.customRoleId, input.billingContact, at);
      const audit = diff(roleFacts(roles, user), roleFacts(roles, after));
      if (Object.keys(audit.after).length) changed.push({ before: user, after, audit });
    }
    const keeps = checkAccountKeeps(ctx.tables.users, new Map(changed.map((c) => [c.after.id, c.after])), ctx.account);
    if (keeps) return keeps;
    // Another super administrator changes yours: nobody locks themselves out by mistake. The billing flag is yours to drop.
    const own = changed.find((c) => c.before.id === ctx.actor?.id);
    if (own && ('role' in own.audit.after || 'customRole' in own.audit.after)) return failure('forbidden', 'people.errors.ownRole');
    const changes: Change[] = changed.flatMap(({ after, audit }) => [put('users', after.id, after), auditChange(ctx, 'user.role.changed', { type: 'user', id: after.id }, audit.before, audit.after)]);
    return { ok: true, value: { users: changed.map((c) => toSummary(c.after, roles, storeMemberships(ctx.tables))) }, ...(changes.length ? { changes } : {}) };
  },
};
