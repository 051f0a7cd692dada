/**
 * An administrator's commands on other users (SPEC §1, §5): add a user, deactivate or reactivate,
 * delete. Bulk commands are all or nothing; every change is audited with before and after.
 */
import type { CommandContext, HandlerMap } from '../app/handler.ts';
import { auditChange } from '../audit/record.ts';
import { enumOf, productsValue, text } from '../audit/values.ts';
import { licencesOf, storeMemberships } from '../licences/effective.ts';
import { del, put, type Change } from '../model/changes.ts';
import type { User } from '../model/records.ts';
import type { AuditValues } from '../schemas/audit-value.ts';
import { failure } from '../result.ts';
import { checkAccountKeeps, refuseSelf, refuseSuperAdminTargets } from './guards.ts';
import { leaveAll } from './release.ts';
import { checkRoleChoice, roleFacts } from './role-rules.ts';
import { checkEmail, checkName } from './rules.ts';
import { findUsers, toSummary } from './views.ts';
import { invite } from './invitations.ts';

/** What a user is, for the audit log of their creation and deletion (no secrets). */
function facts(ctx: CommandContext, user: User) {
  return { firstName: text(user.firstName), lastName: text(user.lastName), email: text(user.email), ...roleFacts(ctx.tables.roles, user), status: enumOf('status', user.status), products: productsValue(licencesOf(user, storeMemberships(ctx.tables))) };
}

/**
 * Deactivated: no licences, no queue places, no pending invitation. Reactivated: active again, with
 * nothing assigned (one who never chose a password sets one with "Forgot password?").
 */
function withStatus(ctx: CommandContext, users: User[], status: 'active' | 'deactivated'): [User, User][] {
  const at = ctx.now.toISOString();
  return users
    // An invited user becomes active only by accepting the invitation (with a password of their own).
    .filter((u) => u.status !== status && !(status === 'active' && u.status === 'invited'))
    .map((u) => {
      // A deactivated user's pending codes die with their access (an invitation, a reset).
      const { invitation: _invitation, passwordReset: _reset, ...rest } = u;
      return [u, status === 'deactivated' ? { ...rest, status, products: [], updatedAt: at } : { ...u, status, updatedAt: at }];
    });
}

export const adminHandlers: HandlerMap<'users.create' | 'users.setStatus' | 'users.delete'> = {
  /** A plain user by anyone who manages users; a role, custom role or billing flag needs manage_roles. */
  'users.create'(input, ctx) {
    if ((input.role !== 'user' || input.customRoleId || input.billingContact) && !ctx.caps.has('manage_roles')) {
      return failure('forbidden', 'people.errors.rolesNeedSuperAdmin');
    }
    const errors = { ...checkName(input.firstName, input.lastName), ...checkEmail(input.email, ctx.tables.users, ''), ...checkRoleChoice(ctx.tables.roles, input.role, input.customRoleId) };
    if (Object.keys(errors).length) return failure('invalid_input', 'errors.invalidInput', undefined, errors);
    const id = ctx.ports.ids.next('usr');
    const at = ctx.now.toISOString();
    // No password: the user signs in the first time with the invitation's code and chooses one.
    // Language and time zone start from the account.
    const created: User = {
      id,
      email: input.email.trim(),
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      phone: '',
      language: input.language ?? ctx.actor?.language ?? 'en',
      timeZone: ctx.account?.timeZone ?? 'UTC',
      role: input.role,
      ...(input.customRoleId ? { customRoleId: input.customRoleId } : {}),
      billingContact: input.billingContact,
      status: 'invited',
      products: [],
      createdAt: at,
      updatedAt: at,
    };
    const invited = invite(ctx, created, 'user.invitation.sent');
    return {
      ok: true,
      value: toSummary(invited.user, ctx.tables.roles, storeMemberships(ctx.tables)),
      changes: [auditChange(ctx, 'user.created', { type: 'user', id }, null, facts(ctx, created)), ...invited.changes],
    };
  },

  'users.setStatus'(input, ctx) {
    const found = findUsers(ctx.tables.users, input.userIds);
    if ('missing' in found) return failure('not_found', 'errors.users.notFound', { userId: found.missing });
    const refused = refuseSelf(ctx, found.found, 'people.errors.notYourselfStatus') ?? refuseSuperAdminTargets(ctx, found.found);
    if (refused) return refused;
    const pairs = withStatus(ctx, found.found, input.status);
    const keeps = checkAccountKeeps(ctx.tables.users, new Map(pairs.map(([, after]) => [after.id, after])), ctx.account);
    if (keeps) return keeps;
    const action = input.status === 'active' ? 'user.reactivated' : 'user.deactivated';
    const memberships = storeMemberships(ctx.tables);
    const changes: Change[] = [];
    for (const [before, after] of pairs) {
      const freed = { products: productsValue(licencesOf(before, memberships)) };
      const auditBefore: AuditValues = input.status === 'deactivated' ? { status: enumOf('status', before.status), ...freed } : { status: enumOf('status', before.status) };
      const auditAfter: AuditValues = input.status === 'deactivated' ? { status: enumOf('status', after.status), products: productsValue([]) } : { status: enumOf('status', after.status) };
      changes.push(put('users', after.id, after), auditChange(ctx, action, { type: 'user', id: after.id }, auditBefore, auditAfter));
    }
    if (input.status === 'deactivated') changes.push(...leaveAll(ctx, new Set(pairs.map(([u]) => u.id))));
    return { ok: true, value: { users: pairs.map(([, after]) => toSummary(after, ctx.tables.roles, storeMemberships(ctx.tables))) }, ...(changes.length ? { changes } : {}) };
  },

  /** Licences and queue places are freed with the user; the audit log keeps their history. */
  'users.delete'(input, ctx) {
    const found = findUsers(ctx.tables.users, input.userIds);
    if ('missing' in found) return failure('not_found', 'errors.users.notFound', { userId: found.missing });
    const users = found.found;
    const refused = refuseSelf(ctx, users, 'people.errors.notYourselfDelete') ?? refuseSuperAdminTargets(ctx, users);
    if (refused) return refused;
    const keeps = checkAccountKeeps(ctx.tables.users, new Map(users.map((u) => [u.id, null])), ctx.account);
    if (keeps) return keeps;
    const changes: Change[] = [];
    for (const user of users) {
      changes.push(del('users', user.id), auditChange(ctx, 'user.deleted', { type: 'user', id: user.id }, facts(ctx, user), null));
      if (ctx.tables.carts.has(user.id)) changes.push(del('carts', user.id));
    }
    changes.push(...leaveAll(ctx, new Set(users.map((u) => u.id))));
    return { ok: true, value: { deleted: users.map((u) => u.id) }, changes };
  },
};
