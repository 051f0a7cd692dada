/** The locale files as flat maps of key → message, per language (base file plus area folders). */
import fs from 'node:fs';
import path from 'node:path';

type Tree = { [key: string]: string | Tree };
const dir = path.resolve('core/i18n/locales');
const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Tree;
const areas = fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

function flatten(tree: Tree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else flatten(value, full, out);
  }
  return out;
}

export function messages(lang: string): Map<string, string> {
  return flatten({ ...read(path.join(dir, `${lang}.json`)), ...Object.fromEntries(areas.map((area) => [area, read(path.join(dir, area, `${lang}.json`))])) });
}

export const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
