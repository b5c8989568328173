import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'coverage/**', 'out/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The core is pure domain code: it may import zod and itself, nothing else.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { regex: '^(?!zod$|\\.{1,2}/).*', message: 'src/core may import only zod and other core modules.' },
          { group: ['../workbook/*', '../adapters/*', '../taskpane/*', '../cli/*', '../commands/*', '../../*'], message: 'src/core may not import the edges.' },
        ],
      }],
    },
  },
  {
    // The Office.js edge runs in the pane: no file system, no exceljs, no UI.
    files: ['src/adapters/office/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'exceljs', 'react', 'react-dom', '@fluentui/*', '../../taskpane/*', '../../cli/*'], message: 'src/adapters/office talks to Excel only; files, exceljs and UI belong elsewhere.' },
        ],
      }],
    },
  },
  {
    // The layout is data: no file I/O and no Office.js, so every edge can render it.
    files: ['src/workbook/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'exceljs', 'react', '../adapters/*', '../taskpane/*', '../cli/*'], message: 'src/workbook describes layouts; rendering belongs to the adapters.' },
        ],
      }],
    },
  },
);
