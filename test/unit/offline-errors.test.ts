import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every renderer file that defines a zustand slice holding an AppError, and the slices it exports. */
function slicesWithErrors(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...slicesWithErrors(file));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.includes('.test.')) {
      const text = fs.readFileSync(file, 'utf8');
      if (!/AppError/.test(text)) continue;
      for (const match of text.matchAll(/export const (use\w+) = create\b/g)) out.push(match[1]!);
    }
  }
  return out;
}

describe('offline errors are cleared when the connection is back', () => {
  it('lists every slice that holds errors, so none keeps saying "offline" once online again', () => {
    const registry = fs.readFileSync(path.resolve('renderer/app/offline-errors.ts'), 'utf8');
    const listed = new Set([...registry.matchAll(/^ {2}(use\w+),$/gm)].map((m) => m[1]));
    const missing = slicesWithErrors(path.resolve('renderer')).filter((name) => !listed.has(name));
    expect(missing).toEqual([]);
  });
});
