// Lint keeps the rooms apart (core / electron / renderer), as well as the usual TypeScript hygiene.
import tseslint from 'typescript-eslint';
import { syntaxRules } from './test/lint/syntax.js';
import { layerRules } from './test/lint/layers.js';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'test/lint/fixtures/**', 'bench/results.json'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  ...layerRules,
  ...syntaxRules,
);
