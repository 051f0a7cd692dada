/** The locale files keep to the glossary: one word per concept per language. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../model/records.ts';
import { GLOSSARY } from './glossary.ts';

const dir = path.resolve('core/i18n/locales');
const files = (lang: string) => [path.join(dir, `${lang}.json`), ...fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => path.join(dir, e.name, `${lang}.json`))];

function strings(value: unknown, key = '', out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([key, value]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, key ? `${key}.${k}` : k, out);
  return out;
}

const word = (w: string) => new RegExp(`(?<![\\p{L}\\p{N}_-])${w}(?![\\p{L}\\p{N}_-])`, 'iu');

describe.each(LANGUAGES)('glossary in %s', (lang) => {
  const messages = files(lang).flatMap((file) => strings(JSON.parse(fs.readFileSync(file, 'utf8'))));
  // Placeholders and product names are not words of the language.
  const text = messages.map(([key, value]) => [key, value.replace(/{{[^}]*}}/g, ' ').replace(/Contact Center|Remote Support/g, ' ')] as const);

  for (const [concept, terms] of Object.entries(GLOSSARY)) {
    const term = terms[lang];
    it(`says ${term.use[0]} for ${concept}, never ${term.avoid.join(', ') || '(nothing to avoid)'}`, () => {
      const offending = text.filter(([, value]) => term.avoid.some((w) => word(w).test(value))).map(([key, value]) => `${key}: ${value}`);
      expect(offending).toEqual([]);
      expect(text.some(([, value]) => word(term.use[0]).test(value) || word(term.use[1]).test(value))).toBe(true);
    });
  }
});
