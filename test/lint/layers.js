// The layering rules, shared by eslint.config.js and the test that proves each one fires.
const ELECTRON = { name: 'electron', message: 'Only electron/ may import electron.' };
const react = ['react', 'react-dom', 'react-dom/*', 'zustand', 'react-i18next', 'react-hook-form'];
const node = ['node:*', 'fs', 'path', 'child_process', 'os', 'crypto'];

// "Now" comes from the core's clock only: the domain reads ctx.now (the injected Clock), the renderer
// renderer/app/clock.ts (the core's time, sent with app.status). The wall clock is read in one place per room.
export const WALL_CLOCK = [
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Read time from the core\'s clock (ctx.now in core/, renderer/app/clock.ts in the renderer), not Date.now().' },
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Read time from the core\'s clock (ctx.now in core/, renderer/app/clock.ts in the renderer), not new Date().' },
];

export const layerRules = [
  {
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts', 'core/store/**', 'core/adapters/**', 'core/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [ELECTRON, { name: 'conf', message: 'conf belongs in core/store (the adapter), not in domain code.' }],
          patterns: [
            { group: react, message: 'core/ is pure TypeScript: no UI libraries.' },
            { group: node, message: 'Domain code takes effects through ports; node modules belong in core/store or core/adapters.' },
            { group: ['**/renderer/**', '**/electron/**'], message: 'core/ does not reach into other layers.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'window', message: 'No DOM in core/.' }, { name: 'document', message: 'No DOM in core/.' }],
    },
  },
  {
    files: ['core/store/**/*.ts', 'core/adapters/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [ELECTRON], patterns: [{ group: react, message: 'core/ is pure TypeScript: no UI libraries.' }] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [ELECTRON],
          patterns: [
            { group: node, message: 'The renderer talks only to window.api.' },
            {
              // core/billing/transaction-words: the pure words for a transaction's detail, which the CLI's export shares.
              // core/billing/period-days: how a [start, end) period is shown, the same in the app and the CLI.
              // core/billing/amount-text: an amount as typed ("1 205,10"), read the same by Transactions' search (core) and a refund (renderer).
              // core/imports/csv: the pure CSV parser, so that the renderer reads a file in chunks with a
              // progress bar; the core re-checks every row it is sent.
              // core/csv/write: the one CSV writer (formulae neutralised), the CLI's exports share it.
              regex: '(^|/)core/(?!contract(\\.ts)?$|i18n/resources(\\.ts)?$|i18n/locales/[a-z]{2}\\.json$|imports/csv(\\.ts)?$|csv/write(\\.ts)?$|billing/transaction-words(\\.ts)?$|billing/period-days(\\.ts)?$|billing/amount-text(\\.ts)?$)',
              message: 'The renderer may import only core/contract, the locale data (core/i18n/resources, locales), the CSV parser (core/imports/csv) and writer (core/csv/write), the transaction words (core/billing/transaction-words), the period convention (core/billing/period-days) and the amount as typed (core/billing/amount-text).',
            },
            { group: ['**/electron/**'], message: 'The renderer may not import electron/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: react, message: 'electron/ is the main process: no UI libraries.' }, { group: ['**/renderer/**'], message: 'electron/ may not import renderer/.' }] },
      ],
    },
  },
  {
    files: ['electron/browser/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'The browser-mode host runs in plain Node, without Electron.' }], patterns: [{ group: react }] },
      ],
    },
  },
  {
    // The command-line tool: plain Node over the core, like the browser-mode host.
    files: ['cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The CLI runs in plain Node, without Electron.' }],
          patterns: [
            { group: react, message: 'The CLI has no UI libraries.' },
            { group: ['**/renderer/**', '**/electron/**'], message: 'The CLI may import core/ only.' },
          ],
        },
      ],
    },
  },
];
