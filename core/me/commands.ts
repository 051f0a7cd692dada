/** My Account: the signed-in user's own login and personal info (SPEC §2). */
import type { CommandContext, HandlerMap } from '../app/handler.ts';
import { auditChange, diff } from '../audit/record.ts';
import { checkNewPassword } from '../auth/password-policy.ts';
import { put, type Change } from '../model/changes.ts';
import type { User } from '../model/records.ts';
import { failure } from '../result.ts';
import { checkEmail, checkName, checkPhone, checkTimeZone, type FieldErrors } from '../users/rules.ts';
import { toMe } from '../users/views.ts';
import { passwordChangedEmail } from './emails.ts';

function invalid(fields: FieldErrors) {
  return failure('invalid_input', 'errors.invalidInput', undefined, fields);
}

/** The dispatcher guarantees a signed-in actor for these channels. */
function self(ctx: CommandContext): User {
  if (!ctx.actor) throw new Error('signed-in channel reached without an actor');
  return ctx.actor;
}

export const meHandlers: HandlerMap<'me.get' | 'me.updatePersonal' | 'me.updateLogin'> = {
  'me.get'(_input, ctx) {
    return { ok: true, value: toMe(self(ctx), ctx.tables.roles) };
  },

  'me.updatePersonal'(input, ctx) {
    const user = self(ctx);
    const errors = { ...checkName(input.firstName, input.lastName), ...checkPhone(input.phone), ...checkTimeZone(input.timeZone) };
    if (Object.keys(errors).length) return invalid(errors);
    const next: User = {
      ...user,
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      phone: input.phone.trim(),
      language: input.language,
      timeZone: input.timeZone,
      updatedAt: ctx.now.toISOString(),
    };
    const { before, after } = diff(pickPersonal(user), pickPersonal(next));
    if (!Object.keys(after).length) return { ok: true, value: { me: toMe(user, ctx.tables.roles), outcome: 'unchanged' } };
    return {
      ok: true,
      value: { me: toMe(next, ctx.tables.roles), outcome: 'saved' },
      changes: [put('users', user.id, next), auditChange(ctx, 'user.personal_info.updated', { type: 'user', id: user.id }, before, after)],
    };
  },

  /**
   * Email and password in one save, all or nothing. The current password is checked first, whatever
   * else the form holds: a wrong one is an error even when nothing would change.
   */
  async 'me.updateLogin'(input, ctx) {
    const user = self(ctx);
    if (!user.passwordHash || !(await ctx.ports.hasher.verify(input.currentPassword, user.passwordHash))) {
      return invalid({ currentPassword: { key: 'errors.password.currentWrong' } });
    }
    const email = input.email.trim();
    const newEmail = email !== user.email;
    const newPassword = input.newPassword !== '' || input.confirmPassword !== '';
    const errors: FieldErrors = newEmail ? checkEmail(input.email, ctx.tables.users, user.id) : {};
    if (newPassword) {
      Object.assign(errors, checkNewPassword(input.newPassword, input.confirmPassword, email));
      if (input.newPassword === input.currentPassword && !errors.newPassword) errors.newPassword = { key: 'errors.password.sameAsCurrent' };
    }
    if (Object.keys(errors).length) return invalid(errors);
    if (!newEmail && !newPassword) return { ok: true, value: { me: toMe(user, ctx.tables.roles), outcome: 'unchanged' } };
    const at = ctx.now.toISOString();
    const next: User = { ...user, email, updatedAt: at };
    const changes: Change[] = [];
    if (newEmail) changes.push(auditChange(ctx, 'user.email.updated', { type: 'user', id: user.id }, { email: user.email }, { email }));
    if (newPassword) {
      next.passwordHash = await ctx.ports.hasher.hash(input.newPassword);
      next.passwordChangedAt = at;
      const mail = passwordChangedEmail(ctx, next);
      changes.push(auditChange(ctx, 'user.password.changed', { type: 'user', id: user.id }, { passwordChangedAt: user.passwordChangedAt ?? null }, { passwordChangedAt: at }), put('outbox', mail.id, mail));
    }
    return { ok: true, value: { me: toMe(next, ctx.tables.roles), outcome: 'saved' }, changes: [put('users', user.id, next), ...changes] };
  },
};

function pickPersonal(user: User) {
  return { firstName: user.firstName, lastName: user.lastName, phone: user.phone, language: user.language, timeZone: user.timeZone };
}
