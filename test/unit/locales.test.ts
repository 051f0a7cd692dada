/** Every locale has every key of the English source, with the same placeholders. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../core/model/records.ts';

type Tree = { [key: string]: string | Tree };
const dir = path.resolve('core/i18n/locales');
const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Tree;
/** Areas are the folders beside the base files; each holds one file per language, mounted under its name. */
const areas = fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
const load = (lang: string): Tree => ({
  ...read(path.join(dir, `${lang}.json`)),
  ...Object.fromEntries(areas.map((area) => [area, read(path.join(dir, area, `${lang}.json`))])),
});

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
const english = flatten(load('en'));

describe.each(LANGUAGES.filter((l) => l !== 'en'))('locale %s', (lang) => {
  const strings = flatten(load(lang));

  it('has every key of the English file, translated', () => {
    const missing = [...english.keys()].filter((key) => !strings.has(key));
    expect(missing).toEqual([]);
    const empty = [...strings].filter(([, v]) => !v.trim()).map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('keeps the same placeholders', () => {
    const wrong = [...english].filter(([key, text]) => strings.has(key) && placeholders(strings.get(key)!).join() !== placeholders(text).join());
    expect(wrong.map(([k]) => k)).toEqual([]);
  });

  it('is really translated (most strings differ from English)', () => {
    const same = [...english].filter(([key, text]) => strings.get(key) === text).length;
    expect(same / english.size).toBeLessThan(0.3);
  });
});
