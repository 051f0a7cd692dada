/** Proves the one-CSV-writer rule fires (test/lint/csv.js): papaparse's unparse or hand-joined rows outside core/csv/write.ts. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function refused(filePath: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).some((m) => m.ruleId === 'no-restricted-syntax' || m.ruleId === 'no-restricted-imports');
}

const cases: [string, string, boolean][] = [
  ['renderer/views/people/fixture.ts', "import Papa from 'papaparse';\nexport const x = Papa.unparse([['a']]);", true],
  ['cli/commands/fixture.ts', "import { unparse } from 'papaparse';\nexport const x = unparse([['a']]);", true],
  ['core/billing/fixture.ts', "import Papa from 'papaparse';\nconst { unparse } = Papa;\nexport const x = unparse([['a']]);", true],
  ['electron/main/fixture.ts', "export const x = (rows: string[][]) => rows.map((r) => r.join(',')).join('\\n');", true],
  ['renderer/views/fixture.tsx', "export const x = (rows: string[][]) => rows.map((r) => r.join(';')).join('\\r\\n');", true],
  ['core/csv/write.ts', "import Papa from 'papaparse';\nexport const x = Papa.unparse([['a']]);", false],
  ['renderer/views/people/fixture.ts', "import { writeCsv } from '../../../core/csv/write.ts';\nexport const x = writeCsv(['a'], [['b']]);", false],
  ['core/imports/fixture.ts', "import Papa from 'papaparse';\nexport const x = Papa.parse('a,b');", false],
  ['renderer/views/fixture.ts', "export const x = (names: string[]) => names.join(', ');", false],
];

// The first lint loads the config and the TypeScript parser: seconds on a busy machine.
describe('one CSV writer', { timeout: 30_000 }, () => {
  it.each(cases)('%s: %s → refused=%s', async (file, code, expected) => {
    expect(await refused(file, code)).toBe(expected);
  });
});
