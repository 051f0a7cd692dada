/**
 * Plurals follow each language's CLDR rules: a message that takes a count is an i18next plural family
 * with a form for every category the language has (Intl.PluralRules), and no message hand-makes a
 * plural ("change(s)", "coda/e").
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../core/model/records.ts';
import { translate } from '../../core/i18n/translate.ts';
import { messages, PLURAL_SUFFIX } from './locale-files.ts';

/** `{{count}}`, `{{count, number}}`, `{{n}}`: the placeholders that carry a quantity. */
const COUNT = /{{\s*(count|n)\s*[,}]/;
/** "(s)", "(en)", "(n)", "(ões)", "/e": a plural made by hand in the text. */
const HAND_MADE = /\p{L}\((s|es|en|n|i|ões)\)|\p{L}\/(e|i|s)\b/u;

describe.each(LANGUAGES)('plurals in %s', (lang) => {
  const strings = messages(lang);
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];

  it('gives every counted message a form for each CLDR category of the language, and no other', () => {
    const families = new Map<string, Set<string>>();
    for (const key of strings.keys()) {
      const m = PLURAL_SUFFIX.exec(key);
      if (m) families.set(key.slice(0, m.index), (families.get(key.slice(0, m.index)) ?? new Set()).add(m[1]!));
    }
    const wrong = [...families].filter(([, forms]) => [...forms].sort().join() !== [...categories].sort().join()).map(([base, forms]) => `${base}: ${[...forms].join('/')}`);
    expect(wrong).toEqual([]);
    const counted = [...strings].filter(([key, text]) => COUNT.test(text) && !PLURAL_SUFFIX.test(key)).map(([key]) => key);
    expect(counted).toEqual([]);
  });

  it('makes no plural by hand', () => {
    expect([...strings].filter(([, text]) => HAND_MADE.test(text)).map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });
});

describe('plural messages from the core', () => {
  it('say one seat, one queue, one change', () => {
    expect(translate('en', 'errors.licences.seatsShort', { count: 1, product: 'Contact Center' })).toMatch(/^1 more Contact Center seat is needed/);
    expect(translate('en', 'errors.licences.seatsShort', { count: 3, product: 'Contact Center' })).toMatch(/^3 more Contact Center seats are needed/);
    expect(translate('fr', 'errors.licences.seatsShort', { count: 1, product: 'Contact Center' })).toMatch(/^Il manque 1 poste Contact Center/);
    expect(translate('de', 'errors.licences.stillInQueues', { count: 1, name: 'Ada' })).toContain('1 Contact-Center-Warteschlange.');
    expect(translate('en', 'errors.store.conflict', { count: 1 })).toContain('(1 change)');
    expect(translate('it', 'errors.billing.seatsBelowAssigned', { count: 1, seats: 0, names: 'Ada' })).toMatch(/^È assegnata 1 licenza/);
  });
});
