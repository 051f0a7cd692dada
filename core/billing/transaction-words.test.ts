import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/translate.ts';
import { cardBrand, transactionDetail } from './transaction-words.ts';

const t = (language: 'en' | 'fr') => (key: string, fallback: string) => {
  const text = translate(language, key);
  return text === key ? fallback : text;
};

describe('a transaction’s detail in words', () => {
  it('names a card as printed on it, for payments and refunds', () => {
    expect(transactionDetail({ type: 'payment', detail: 'visa •••• 4242' }, t('en'))).toBe('Visa •••• 4242');
    expect(transactionDetail({ type: 'refund', detail: 'amex •••• 0005' }, t('fr'))).toBe('American Express •••• 0005');
    expect(cardBrand('elo')).toBe('Elo');
  });

  it('translates where a document came from and why a payment failed, keeping unknown words as they are', () => {
    expect(transactionDetail({ type: 'invoice', detail: 'renewal' }, t('en'))).toBe(translate('en', 'ui.transactions.sources.renewal'));
    expect(transactionDetail({ type: 'invoice', detail: 'renewal' }, t('fr'))).not.toBe(transactionDetail({ type: 'invoice', detail: 'renewal' }, t('en')));
    expect(transactionDetail({ type: 'failed_payment', detail: 'no-such-reason' }, t('en'))).toBe('no-such-reason');
    expect(transactionDetail({ type: 'credit_applied', detail: '' }, t('en'))).toBe('');
  });
});
