// `no-restricted-syntax` for the app's code. ESLint's flat config replaces a rule's options for a file
// rather than adding to them, so the selectors of every rule (the wall clock, the one CSV writer) are
// composed here, once per set of files, instead of in configs that would override each other.
import { CSV_SYNTAX } from './csv.js';
import { WALL_CLOCK } from './layers.js';

const TESTS = ['**/*.test.ts', '**/*.test.tsx'];
const restrict = (...selectors) => ({ 'no-restricted-syntax': ['error', ...selectors] });

export const syntaxRules = [
  // CSV: one writer for the app and the command line (test helpers that build CSV input are not exports).
  { files: ['cli/**/*.ts', 'electron/**/*.ts'], ignores: TESTS, rules: restrict(...CSV_SYNTAX) },
  // "Now": core/adapters/system.ts (the core) and renderer/app/clock.ts (the core's time) only.
  { files: ['core/**/*.ts', 'renderer/**/*.{ts,tsx}'], ignores: [...TESTS, 'core/testing/**', 'core/adapters/system.ts', 'core/csv/write.ts'], rules: restrict(...WALL_CLOCK, ...CSV_SYNTAX) },
  { files: ['core/csv/write.ts'], rules: restrict(...WALL_CLOCK) },
  // The unit project shares one module graph per worker (vitest.config.ts, isolate: false): a module
  // mock there would leak into the files that run after it. Mocks belong to electron/ (run isolated).
  {
    files: ['core/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'test/unit/**/*.ts', 'test/cli/**/*.ts'],
    rules: restrict({
      selector: "CallExpression[callee.object.name='vi'][callee.property.name=/^(mock|doMock|stubGlobal|stubEnv)$/]",
      message: 'The unit project runs without isolation: mock modules and globals only in electron/ tests (isolated).',
    }),
  },
];
