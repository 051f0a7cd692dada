/**
 * Every audit action the core records has its label in every language, where Activity, a user's history
 * and the notifications look for it (one list of places: core/i18n/resources.ts' auditLabelKeys). An
 * action without one showed as its raw name ("group.created") in Activity.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditLabelKeys, resources } from '../../core/i18n/resources.ts';
import { LANGUAGES } from '../../core/model/records.ts';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** The actions written by `auditChange(ctx, '<action>', …)` anywhere in the core. */
const ACTIONS = [...new Set(sources('core').flatMap((file) => [...fs.readFileSync(file, 'utf8').matchAll(/auditChange\(\s*[\w.]+,\s*'([a-z_.]+)'/g)].map((m) => m[1]!)))].sort();

const lookup = (tree: unknown, key: string): unknown => key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);

describe('audit action labels', () => {
  it('finds the actions the core records', () => {
    expect(ACTIONS.length).toBeGreaterThan(40);
    expect(ACTIONS).toEqual(expect.arrayContaining(['group.created', 'card.updated', 'queue.created', 'user.two_step.enabled']));
  });

  it.each(LANGUAGES)('labels every recorded action in %s', (language) => {
    const tree = resources[language].translation;
    const missing = ACTIONS.filter((action) => !auditLabelKeys(action).some((key) => typeof lookup(tree, key) === 'string'));
    expect(missing).toEqual([]);
  });

  it('is the one list the renderer and the core read labels through', () => {
    const readers = [...sources('core'), ...sources('renderer')].filter((file) => /[`'"]\w*\.?audit\.\$\{/.test(fs.readFileSync(file, 'utf8')));
    expect(readers).toEqual([]);
  });
});
