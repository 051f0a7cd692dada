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
  // mock or a global set there would leak into the files that run after it: those belong to the isolated
  // project (electron/, *.window.test).
  {
    files: ['core/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'test/unit/**/*.ts', 'test/cli/**/*.ts'],
    ignores: ['**/*.window.test.{ts,tsx}'],
    rules: restrict(
      {
        selector: "CallExpression[callee.object.name='vi'][callee.property.name=/^(mock|doMock|stubGlobal|stubEnv)$/]",
        message: 'The unit project runs without isolation: mock modules and globals only in isolated tests (electron/, *.window.test).',
      },
      {
        selector: "CallExpression[callee.object.name='Object'][callee.property.name='assign'][arguments.0.name='globalThis'], AssignmentExpression[left.object.name='globalThis']",
        message: 'The unit project runs without isolation: set globals only in isolated tests (*.window.test).',
      },
    ),
  },
  // An e2e read of many elements waits for the first (test/e2e/pages/texts.ts): allTextContents() alone
  // reads whatever has rendered so far, and fails only on a slow machine.
  {
    files: ['test/e2e/**/*.ts'],
    rules: restrict({
      selector: "CallExpression[callee.property.name=/^(allTextContents|allInnerTexts)$/]",
      message: 'Read many elements with shownTexts() (test/e2e/pages/texts.ts): it waits for the first.',
    }),
  },
];
