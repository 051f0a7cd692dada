/** Pure rules for a user's details: each returns field errors (i18n keys), empty when valid. */
import { z } from 'zod';
import type { User } from '../model/records.ts';
import type { Failure } from '../result.ts';
import { findByEmail } from './views.ts';

export type FieldErrors = NonNullable<Failure['fields']>;

const emailFormat = z.email();

export function checkName(first: string, last: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!first.trim()) errors.firstName = { key: 'errors.field.required' };
  if (!last.trim()) errors.lastName = { key: 'errors.field.required' };
  return errors;
}

export function checkEmail(email: string, users: ReadonlyMap<string, User>, selfId: string): FieldErrors {
  const trimmed = email.trim();
  if (!trimmed) return { email: { key: 'errors.field.required' } };
  if (!emailFormat.safeParse(trimmed).success) return { email: { key: 'errors.email.invalid' } };
  const holder = findByEmail(users, trimmed);
  if (holder && holder.id !== selfId) return { email: { key: 'errors.email.taken' } };
  return {};
}

/** Digits with the usual separators, 6 to 20 digits; empty is allowed (the phone is optional). */
export function checkPhone(phone: string): FieldErrors {
  const trimmed = phone.trim();
  if (!trimmed) return {};
  const digits = trimmed.replace(/\D/g, '').length;
  if (!/^\+?[\d\s().-]+$/.test(trimmed) || digits < 6 || digits > 20) return { phone: { key: 'errors.phone.invalid' } };
  return {};
}

let zones: Set<string> | undefined;
/** IANA time zones the runtime knows (Intl's own list, plus UTC which it reports separately). */
export function timeZones(): string[] {
  return [...knownZones()].sort();
}
function knownZones(): Set<string> {
  zones ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
  return zones;
}

export function checkTimeZone(zone: string): FieldErrors {
  return knownZones().has(zone) ? {} : { timeZone: { key: 'errors.timeZone.invalid' } };
}
