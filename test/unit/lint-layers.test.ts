/** Proves each layering rule fires: lint the same offending line as if it sat in each room. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const cases: [string, string, boolean][] = [
  ['core/users/fixture.ts', "import { app } from 'electron';\nexport const x = app;", true],
  ['core/users/fixture.ts', "import React from 'react';\nexport const x = React;", true],
  ['core/users/fixture.ts', "import fs from 'node:fs';\nexport const x = fs;", true],
  ['core/users/fixture.ts', "import Conf from 'conf';\nexport const x = Conf;", true],
  ['core/users/fixture.ts', 'export const x = window.location;', true],
  ['core/users/fixture.ts', "import { z } from 'zod';\nexport const x = z;", false],
  ['core/store/fixture.ts', "import fs from 'node:fs';\nexport const x = fs;", false],
  ['core/store/fixture.ts', "import { app } from 'electron';\nexport const x = app;", true],
  ['renderer/views/fixture.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;", true],
  ['renderer/views/fixture.ts', "import fs from 'node:fs';\nexport const x = fs;", true],
  ['renderer/views/fixture.ts', "import { createCore } from '../../core/app/create-core.ts';\nexport const x = createCore;", true],
  ['renderer/views/fixture.ts', "import { CHANNELS } from '../../core/contract.ts';\nexport const x = CHANNELS;", false],
  ['renderer/views/fixture.ts', "import fr from '../../core/i18n/locales/fr.json';\nexport const x = fr;", false],
  ['renderer/views/fixture.ts', "import { resources } from '../../core/i18n/resources.ts';\nexport const x = resources;", false],
  ['renderer/views/fixture.ts', "import { translate } from '../../core/i18n/translate.ts';\nexport const x = translate;", true],
  ['renderer/views/imports/fixture.ts', "import { parseLicenceCsv } from '../../../core/imports/csv.ts';\nexport const x = parseLicenceCsv;", false],
  ['renderer/views/transactions/fixture.ts', "import { transactionDetail } from '../../../core/billing/transaction-words.ts';\nexport const x = transactionDetail;", false],
  ['renderer/views/transactions/fixture.ts', "import { quote } from '../../../core/billing/quote.ts';\nexport const x = quote;", true],
  ['renderer/views/imports/fixture.ts', "import { checkImport } from '../../../core/imports/check.ts';\nexport const x = checkImport;", true],
  ['renderer/views/imports/fixture.ts', "import { createRowReader } from '../../../core/imports/csv-rows.ts';\nexport const x = createRowReader;", true],
  ['electron/main/fixture.ts', "import React from 'react';\nexport const x = React;", true],
  ['electron/main/fixture.ts', "import { app } from 'electron';\nexport const x = app;", false],
  ['electron/browser/fixture.ts', "import { app } from 'electron';\nexport const x = app;", true],
  ['cli/commands/fixture.ts', "import { app } from 'electron';\nexport const x = app;", true],
  ['cli/commands/fixture.ts', "import React from 'react';\nexport const x = React;", true],
  ['cli/commands/fixture.ts', "import { toCsv } from '../../renderer/views/transactions/csv.ts';\nexport const x = toCsv;", true],
  ['cli/commands/fixture.ts', "import { browserDataDir } from '../../electron/browser/start.ts';\nexport const x = browserDataDir;", true],
  ['cli/commands/fixture.ts', "import { createCore } from '../../core/app/create-core.ts';\nimport fs from 'node:fs';\nexport const x = [createCore, fs];", false],
];

// The first lint loads the config and the TypeScript parser: seconds on a busy machine.
describe('layering lint rules', { timeout: 30_000 }, () => {
  it.each(cases)('%s: %s → refused=%s', async (file, code, refused) => {
    const ids = await ruleIds(file, code);
    const layering = ids.filter((id) => id === 'no-restricted-imports' || id === 'no-restricted-globals');
    expect(layering.length > 0).toBe(refused);
  });
});
