// Lint for the TypeScript sources, tests, scripts and benchmarks (npm run lint; run by .ci/run).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'data/**', 'artifacts/**', 'scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // An unused name is usually a leftover; a leading underscore says "unused on purpose".
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // import() type annotations stay allowed: they type the Azure SDK, loaded only when blob storage is on.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      // `x == null` is the one loose comparison worth keeping: null or undefined, nothing else.
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    // The web chat page's own script runs in the browser.
    files: ['public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Tests read loosely typed JSON replies from the bot; `any` there keeps assertions short.
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Files of the understanding pipeline, which another branch owns, with a finding to fix there:
    // normalise.ts strips joiners and variation selectors one by one on purpose (not a sequence);
    // assertion-context.ts should pass `{ cause: error }` when it rethrows a pattern error.
    files: ['src/core/text/normalise.ts'],
    rules: { 'no-misleading-character-class': 'off' },
  },
  {
    files: ['src/core/safety/assertion-context.ts'],
    rules: { 'preserve-caught-error': 'off' },
  },
);
