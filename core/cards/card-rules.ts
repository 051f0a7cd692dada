/**
 * Card validation (SPEC §3): number by Luhn, brand by prefix and length, and the security code's size
 * come from card-validator; expiry is checked against the injected clock (card-validator reads the
 * system clock, which tests cannot fix).
 */
import cardValidator from 'card-validator';
import type { FieldErrors } from '../users/rules.ts';

export interface CardInput {
  number: string;
  expMonth: number;
  expYear: number;
  cvc: string;
  holder: string;
}

export function brandOf(number: string): { brand: string; cvcSize: number } | null {
  const result = cardValidator.number(number.replace(/[\s-]/g, ''));
  if (!result.card) return null;
  return { brand: result.card.type, cvcSize: result.card.code.size };
}

export function checkCard(card: CardInput, now: Date): FieldErrors {
  const errors: FieldErrors = {};
  const digits = card.number.replace(/[\s-]/g, '');
  const number = cardValidator.number(digits);
  if (!/^\d+$/.test(digits) || !number.isValid) errors.number = { key: 'errors.card.number' };
  const size = number.card?.code.size ?? 3;
  if (!new RegExp(`^\\d{${size}}$`).test(card.cvc)) errors.cvc = { key: 'errors.card.cvc', params: { size } };
  return { ...errors, ...checkCardDetails(card, now) };
}

/** What can change on a card on file (its expiry and holder) — the same checks as when it was added. */
export function checkCardDetails(card: Pick<CardInput, 'expMonth' | 'expYear' | 'holder'>, now: Date): FieldErrors {
  const errors: FieldErrors = {};
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() + 1;
  const validMonth = Number.isInteger(card.expMonth) && card.expMonth >= 1 && card.expMonth <= 12;
  if (!validMonth || !Number.isInteger(card.expYear) || card.expYear > year + 20) errors.expiry = { key: 'errors.card.expiryInvalid' };
  else if (card.expYear < year || (card.expYear === year && card.expMonth < month)) errors.expiry = { key: 'errors.card.expiryPast' };
  if (!card.holder.trim()) errors.holder = { key: 'errors.field.required' };
  return errors;
}
