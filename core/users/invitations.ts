/**
 * Invitations and password resets as an administrator sends them (SPEC §1, issue 20): a new user is
 * invited with a one-time code valid 7 days; an invitation can be resent (the old code dies) or revoked.
 * Revoking deletes the invited user, as Microsoft 365's and Google's consoles do: someone who never signed
 * in has nothing of their own to keep, the audit log keeps the history, and inviting again is "Add user".
 */
import type { CommandContext, HandlerMap } from '../app/handler.ts';
import { auditChange } from '../audit/record.ts';
import { instant, optionalInstant, text } from '../audit/values.ts';
import { ADMIN_RESET_MS, INVITATION_MS, issueCode } from '../auth/codes.ts';
import { invitationEmail, passwordResetEmail } from '../auth/emails.ts';
import { del, put, type Change } from '../model/changes.ts';
import type { User } from '../model/records.ts';
import { failure } from '../result.ts';
import { storeMemberships } from '../licences/effective.ts';
import { leaveAll } from './release.ts';
import { findUsers, fullName, toSummary } from './views.ts';

/** The user with a new invitation (any earlier code dies with it), its email and its audit entry. */
export function invite(ctx: CommandContext, user: User, action: 'user.invitation.sent' | 'user.invitation.resent'): { user: User; changes: Change[] } {
  const { code, stored } = issueCode(ctx, INVITATION_MS);
  const next: User = { ...user, invitation: stored, updatedAt: ctx.now.toISOString() };
  const mail = invitationEmail(ctx, next, code, stored);
  const before = action === 'user.invitation.resent' ? { invitationExpiresAt: optionalInstant(user.invitation?.expiresAt) } : null;
  return { user: next, changes: [put('users', next.id, next), put('outbox', mail.id, mail), auditChange(ctx, action, { type: 'user', id: user.id }, before, { invitationExpiresAt: instant(stored.expiresAt) })] };
}

/** Only someone who manages roles acts on a super administrator's sign-in. */
function refuseSuperAdminTargets(ctx: CommandContext, users: readonly User[]) {
  if (ctx.caps.has('manage_roles')) return null;
  const target = users.find((u) => u.role === 'super_admin');
  return target ? failure('forbidden', 'access.errors.superAdminOnly', { name: fullName(target) }) : null;
}

/** Only invited users have an invitation to resend or revoke. */
function invitedOnly(users: readonly User[]) {
  const other = users.find((u) => u.status !== 'invited');
  return other ? failure('conflict', 'access.errors.notInvited', { name: fullName(other) }) : null;
}

export const invitationHandlers: HandlerMap<'users.resendInvitation' | 'users.revokeInvitation' | 'users.sendPasswordReset'> = {
  'users.resendInvitation'(input, ctx) {
    const found = findUsers(ctx.tables.users, input.userIds);
    if ('missing' in found) return failure('not_found', 'errors.users.notFound', { userId: found.missing });
    const refused = invitedOnly(found.found) ?? refuseSuperAdminTargets(ctx, found.found);
    if (refused) return refused;
    const sent = found.found.map((u) => invite(ctx, u, 'user.invitation.resent'));
    return { ok: true, value: { users: sent.map((s) => toSummary(s.user, ctx.tables.roles, storeMemberships(ctx.tables))) }, changes: sent.flatMap((s) => s.changes) };
  },

  'users.revokeInvitation'(input, ctx) {
    const found = findUsers(ctx.tables.users, input.userIds);
    if ('missing' in found) return failure('not_found', 'errors.users.notFound', { userId: found.missing });
    const refused = invitedOnly(found.found) ?? refuseSuperAdminTargets(ctx, found.found);
    if (refused) return refused;
    const changes: Change[] = [];
    for (const user of found.found) {
      // The names stay in the log: the user is gone, and the entry still says who it was.
      changes.push(del('users', user.id), auditChange(ctx, 'user.invitation.revoked', { type: 'user', id: user.id }, { firstName: text(user.firstName), lastName: text(user.lastName), email: text(user.email), invitationExpiresAt: optionalInstant(user.invitation?.expiresAt) }, null));
      if (ctx.tables.carts.has(user.id)) changes.push(del('carts', user.id));
    }
    changes.push(...leaveAll(ctx, new Set(found.found.map((u) => u.id))));
    return { ok: true, value: { deleted: found.found.map((u) => u.id) }, changes };
  },

  /** A reset code by email, valid 24 hours; the password stays as it is until the code is used. */
  'users.sendPasswordReset'(input, ctx) {
    const found = findUsers(ctx.tables.users, input.userIds);
    if ('missing' in found) return failure('not_found', 'errors.users.notFound', { userId: found.missing });
    const inactive = found.found.find((u) => u.status !== 'active');
    if (inactive) return failure('conflict', inactive.status === 'invited' ? 'access.errors.resetInvited' : 'access.errors.resetDeactivated', { name: fullName(inactive) });
    const refused = refuseSuperAdminTargets(ctx, found.found);
    if (refused) return refused;
    const changes: Change[] = [];
    const users = found.found.map((user) => {
      const { code, stored } = issueCode(ctx, ADMIN_RESET_MS);
      const next: User = { ...user, passwordReset: stored };
      const mail = passwordResetEmail(ctx, next, code, stored);
      changes.push(put('users', next.id, next), put('outbox', mail.id, mail), auditChange(ctx, 'user.password.reset_sent', { type: 'user', id: user.id }, null, { resetExpiresAt: instant(stored.expiresAt) }));
      return next;
    });
    return { ok: true, value: { users: users.map((u) => toSummary(u, ctx.tables.roles, storeMemberships(ctx.tables))) }, changes };
  },
};
