// ESLint for every file that runs: the element, its tests, the scripts, the demo, the benchmark and
// the configs. Formatting is Prettier's job (prettier --check, also in npm run lint), not a lint rule.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

// The plugins' own types describe every config style they ship; these two are flat configs.
const flat = (/** @type {{ configs?: Record<string, unknown> }} */ plugin, /** @type {string} */ name) =>
  /** @type {import('eslint').Linter.Config} */ (plugin.configs?.[name]);

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'bench/tmp/', 'node_modules/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  // chai's property assertions (expect(x).to.exist) are expressions by design.
  { files: ['test/**/*.ts'], rules: { '@typescript-eslint/no-unused-expressions': 'off' } },
  // Lit templates and custom-element rules where elements and templates live.
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts', 'bench/**/*.ts'],
    extends: [flat(lit, 'flat/recommended'), flat(wc, 'flat/best-practice')],
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // Patient-facing code: no leftover debugging output; warnings to the webmaster are deliberate.
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
);
