/** My Account: the signed-in user's own login and personal info (SPEC §2). */
import type { CommandContext, HandlerMap } from '../app/handler.ts';
import { auditChange, diff } from '../audit/record.ts';
import { enumOf, instant, optionalInstant, optionalText, text } from '../audit/values.ts';
import { checkNewPassword } from '../auth/password-policy.ts';
import { checkPassword, type PasswordCheck } from '../auth/password-check.ts';
import { put, type Change } from '../model/changes.ts';
import type { User } from '../model/records.ts';
import { failure } from '../result.ts';
import { checkEmail, checkName, checkPhone, checkTimeZone, type FieldErrors } from '../users/rules.ts';
import { toMe } from '../users/views.ts';
import { passwordChangedEmail } from './emails.ts';

function invalid(fields: FieldErrors) {
  return failure('invalid_input', 'errors.invalidInput', undefined, fields);
}

/** A wrong current password: counted and audited like a failed sign-in (auth/password-check.ts). */
function refused(check: Extract<PasswordCheck, { ok: false }>) {
  const refusal = check.failure ? { ok: false as const, failure: check.failure } : invalid({ currentPassword: { key: 'errors.password.currentWrong' } });
  return { ...refusal, changes: check.changes };
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
    const check = await checkPassword(ctx, user.email, user, input.currentPassword, 'currentPassword');
    if (!check.ok) return refused(check);
    const email = input.email.trim();
    const newEmail = email !== user.email;
    const newPassword = input.newPassword !== '' || input.confirmPassword !== '';
    const errors: FieldErrors = newEmail ? checkEmail(input.email, ctx.tables.users, user.id) : {};
    if (newPassword) {
      Object.assign(errors, checkNewPassword(input.newPassword, input.confirmPassword, email));
      if (input.newPassword === input.currentPassword && !errors.newPassword) errors.newPassword = { key: 'errors.password.sameAsCurrent' };
    }
    if (Object.keys(errors).length) return { ...invalid(errors), changes: check.changes };
    if (!newEmail && !newPassword) return { ok: true, value: { me: toMe(check.user, ctx.tables.roles), outcome: 'unchanged' }, changes: check.changes };
    const at = ctx.now.toISOString();
    const next: User = { ...check.user, email, updatedAt: at };
    const changes: Change[] = [];
    if (newEmail) changes.push(auditChange(ctx, 'user.email.updated', { type: 'user', id: user.id }, { email: text(user.email) }, { email: text(email) }));
    if (newPassword) {
      next.passwordHash = await ctx.ports.hasher.hash(input.newPassword);
      next.passwordChangedAt = at;
      // The user's other sessions end at their next call; this one takes the new generation (create-core.ts).
      next.sessionGeneration = (user.sessionGeneration ?? 0) + 1;
      const mail = passwordChangedEmail(ctx, next);
      changes.push(auditChange(ctx, 'user.password.changed', { type: 'user', id: user.id }, { passwordChangedAt: optionalInstant(user.passwordChangedAt) }, { passwordChangedAt: instant(at) }), put('outbox', mail.id, mail));
    }
    return { ok: true, value: { me: toMe(next, ctx.tables.roles), outcome: 'saved' }, changes: [put('users', user.id, next), ...changes] };
  },
};

function pickPersonal(user: User) {
  return { firstName: text(user.firstName), lastName: text(user.lastName), phone: optionalText(user.phone), language: enumOf('language', user.language), timeZone: enumOf('timeZone', user.timeZone) };
}
