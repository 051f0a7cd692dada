// One CSV writer (core/csv/write.ts, formulae neutralised): lint refuses any other way of writing CSV in
// the app's and the command line's code. Shared by eslint.config.js and test/unit/lint-csv.test.ts.
const message = 'Write CSV through core/csv/write.ts (writeCsv): it neutralises formulae (CSV injection).';

export const csvRules = [
  {
    files: ['core/**/*.ts', 'renderer/**/*.{ts,tsx}', 'cli/**/*.ts', 'electron/**/*.ts'],
    // Tests and their helpers write input files by hand on purpose (raw, even malformed): they export nothing.
    ignores: ['core/csv/write.ts', 'core/testing/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        // papaparse's writer, however it is reached: Papa.unparse, import { unparse }, const { unparse } = Papa.
        { selector: "MemberExpression[property.name='unparse']", message },
        { selector: "ImportSpecifier[imported.name='unparse']", message },
        { selector: "ObjectPattern > Property[key.name='unparse']", message },
        // Rows written by hand: cells joined by a separator, rows joined by a line break.
        {
          selector: "CallExpression[callee.property.name='join'][arguments.0.value=/^\\r?\\n$/] CallExpression[callee.property.name='join'][arguments.0.value=/^[,;\\t]$/]",
          message,
        },
      ],
    },
  },
];
