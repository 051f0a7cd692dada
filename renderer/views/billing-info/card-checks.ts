/**
 * The add-card form's checks as the admin types (SPEC §3), with card-validator: Luhn, brand by prefix
 * and length, the security code's size (4 for American Express), an expiry not in the past. The core
 * checks the same again; these only spare a round trip. Messages are the core's own error keys.
 */
import cardValidator from 'card-validator';

export type CardField = 'number' | 'expiry' | 'cvc' | 'holder';
export const CARD_FIELDS: readonly CardField[] = ['number', 'expiry', 'cvc', 'holder'];

export interface CardValues {
  number: string;
  expMonth: string;
  expYear: string;
  cvc: string;
  holder: string;
  makeDefault: boolean;
}

export interface CardProblem {
  key: string;
  params?: Record<string, string | number>;
}

export const EMPTY_CARD: CardValues = { number: '', expMonth: '', expYear: '', cvc: '', holder: '', makeDefault: false };

export const digitsOf = (number: string) => number.replace(/[\s-]/g, '');

/** The brand the number's prefix points to, as card-validator names it, and its security code's size. */
export function brandOf(number: string): { type: string; name: string; cvcSize: number } | null {
  const card = cardValidator.number(digitsOf(number)).card;
  return card ? { type: card.type, name: card.niceType, cvcSize: card.code.size } : null;
}

/**
 * One field's problem. While typing (`final` false) only what can no longer become right is reported
 * (an unknown prefix, too many digits); once the field is left or the form sent, anything incomplete too.
 */
export function checkCardField(field: CardField, values: CardValues, final: boolean, now: Date): CardProblem | undefined {
  switch (field) {
    case 'number': {
      const digits = digitsOf(values.number);
      if (!digits) return final ? { key: 'errors.card.number' } : undefined;
      const result = cardValidator.number(digits);
      const wrong = !/^\d+$/.test(digits) || (final ? !result.isValid : !result.isPotentiallyValid);
      return wrong ? { key: 'errors.card.number' } : undefined;
    }
    case 'expiry': {
      const month = Number(values.expMonth);
      const year = Number(values.expYear);
      if (!values.expMonth || !values.expYear) return final ? { key: 'errors.card.expiryInvalid' } : undefined;
      const past = year < now.getFullYear() || (year === now.getFullYear() && month < now.getMonth() + 1);
      return past ? { key: 'errors.card.expiryPast' } : undefined;
    }
    case 'cvc': {
      const size = brandOf(values.number)?.cvcSize ?? 3;
      const code = values.cvc.trim();
      if (!code) return final ? { key: 'errors.card.cvc', params: { size } } : undefined;
      const wrong = !/^\d+$/.test(code) || code.length > size || (final && code.length !== size);
      return wrong ? { key: 'errors.card.cvc', params: { size } } : undefined;
    }
    case 'holder':
      return final && !values.holder.trim() ? { key: 'errors.field.required' } : undefined;
  }
}

export function checkCard(values: CardValues, now: Date): Partial<Record<CardField, CardProblem>> {
  const problems: Partial<Record<CardField, CardProblem>> = {};
  for (const field of CARD_FIELDS) {
    const problem = checkCardField(field, values, true, now);
    if (problem) problems[field] = problem;
  }
  return problems;
}

/** The form's values as the core's cards.add input. */
export function toCardInput(values: CardValues) {
  return {
    number: digitsOf(values.number),
    expMonth: Number(values.expMonth),
    expYear: Number(values.expYear),
    cvc: values.cvc.trim(),
    holder: values.holder.trim(),
    makeDefault: values.makeDefault,
  };
}
