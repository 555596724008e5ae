// Lint: the recommended JavaScript and typescript-eslint rules, over the project's own sources,
// and the project's layers (eslint-rules/layers.mjs): pure core, front ends through its index.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { IMPURE_GLOBALS, LAYERS, layersPlugin } from './eslint-rules/layers.mjs';

const pureFolders = Object.values(LAYERS)
  .filter((layer) => layer.pure)
  .map((layer) => `${layer.folder}/**/*.ts`);

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'bin/cli/', 'coverage/', 'test-output/', 'data/_parts/', '.stryker-tmp/', 'reports/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', { property: 'innerHTML', message: 'Build DOM nodes with textContent; never innerHTML with data.' }],
    },
  },
  {
    files: ['src/**/*.ts', 'templates/**/*.ts', 'bench/**/*.ts'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/allowed-imports': 'error' },
  },
  {
    files: pureFolders,
    rules: { 'no-restricted-globals': ['error', ...IMPURE_GLOBALS] },
  },
  {
    files: ['**/*.cjs', '**/*.js', '**/*.mjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' } },
  },
);
