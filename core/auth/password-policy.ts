/**
 * Password policy (SPEC §2): at least 12 characters, not the email, not a common password.
 * The common list is zxcvbn-ts's dictionary of frequent passwords (a maintained field library).
 */
import { dictionary } from '@zxcvbn-ts/language-common';
import type { FieldErrors } from '../users/rules.ts';

export const MIN_PASSWORD_LENGTH = 12;

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return common;
}

export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return true;
  // A listed password dressed with digits or symbols ("Password1234!") is still a listed password.
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  if (core.length >= 4 && commonPasswords().has(core)) return true;
  // One character repeated, or a run of the keyboard's or alphabet's order, is as weak as a listed one.
  if (/^(.)\1+$/.test(lower)) return true;
  return ['0123456789012345678901234567890', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiopasdfghjklzxcvbnm'].some((run) =>
    run.includes(lower),
  );
}

export function checkNewPassword(password: string, confirm: string, email: string): FieldErrors {
  const errors: FieldErrors = {};
  if (password.length < MIN_PASSWORD_LENGTH) {
    errors.newPassword = { key: 'errors.password.tooShort', params: { min: MIN_PASSWORD_LENGTH } };
  } else if (password.trim().toLowerCase() === email.trim().toLowerCase()) {
    errors.newPassword = { key: 'errors.password.isEmail' };
  } else if (isCommonPassword(password)) {
    errors.newPassword = { key: 'errors.password.common' };
  }
  if (password !== confirm) errors.confirmPassword = { key: 'errors.password.mismatch' };
  return errors;
}
