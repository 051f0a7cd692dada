/** People > Users: the list, one user's details, and their own name (SPEC §1); admin commands beside. */
import type { HandlerMap } from '../app/handler.ts';
import { auditChange, diff } from '../audit/record.ts';
import { text } from '../audit/values.ts';
import { storeMemberships } from '../licences/effective.ts';
import { put } from '../model/changes.ts';
import type { User } from '../model/records.ts';
import { failure } from '../result.ts';
import { adminHandlers } from './admin-commands.ts';
import { invitationHandlers } from './invitations.ts';
import { userImportHandlers } from './import.ts';
import { toDetail } from './detail.ts';
import { roleHandlers } from './role-commands.ts';
import { checkEmail, checkName } from './rules.ts';
import { fullName, listUsers, toSummary, usersListRevision } from './views.ts';

const ownHandlers: HandlerMap<'users.list' | 'users.get' | 'users.updateDetails'> = {
  /**
   * Every user, in store order: the People view sorts in the user's language on its own precomputed
   * keys, so sorting 100k names here as well would only delay the first paint. The list is made of
   * the users, the custom roles (their names) and the groups (what they give): its revision is those
   * tables' stamps, and a caller that holds that revision is told so instead of being sent it again.
   */
  'users.list'(input, ctx) {
    const revision = usersListRevision(ctx.tables);
    if (revision !== null && input?.since === revision) return { ok: true, value: { revision, unchanged: true } };
    return { ok: true, value: { revision: revision ?? '', users: listUsers(ctx.tables) } };
  },

  'users.get'(input, ctx) {
    const user = ctx.tables.users.get(input.userId);
    if (!user) return failure('not_found', 'errors.users.notFound');
    return { ok: true, value: toDetail(user, ctx) };
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
    const { before, after } = diff({ firstName: text(target.firstName), lastName: text(target.lastName) }, { firstName: text(next.firstName), lastName: text(next.lastName) });
    if (!Object.keys(after).length) return { ok: true, value: toSummary(target, ctx.tables.roles, storeMemberships(ctx.tables)) };
    return {
      ok: true,
      value: toSummary(next, ctx.tables.roles, storeMemberships(ctx.tables)),
      changes: [put('users', next.id, next), auditChange(ctx, 'user.personal_info.updated', { type: 'user', id: next.id }, before, after)],
    };
  },
};

export const usersHandlers: HandlerMap<'users.list' | 'users.get' | 'users.updateDetails' | 'users.create' | 'users.setStatus' | 'users.delete' | 'users.setRole' | 'users.resendInvitation' | 'users.revokeInvitation' | 'users.sendPasswordReset' | 'users.importCheck' | 'users.importApply'> = {
  ...ownHandlers,
  ...adminHandlers,
  ...invitationHandlers,
  ...userImportHandlers,
  ...roleHandlers,
};
