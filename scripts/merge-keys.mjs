/**
 * Merges translated keys into the locale files: `node scripts/merge-keys.mjs <file.json> [area]`, where
 * the file maps each language to a tree of keys. Without an area the keys go under `errors` of the base
 * file; with one, into that area's file. Read, merge and write happen at once, so concurrent edits of
 * other keys survive.
 */
import fs from 'node:fs';

const [, , source, area] = process.argv;
const byLanguage = JSON.parse(fs.readFileSync(source, 'utf8'));

function merge(target, add) {
  for (const [key, value] of Object.entries(add)) {
    if (value && typeof value === 'object') merge((target[key] ??= {}), value);
    else target[key] = value;
  }
}

for (const [language, tree] of Object.entries(byLanguage)) {
  const file = area ? `core/i18n/locales/${area}/${language}.json` : `core/i18n/locales/${language}.json`;
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  merge(area ? json : (json.errors ??= {}), tree);
  fs.writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}
