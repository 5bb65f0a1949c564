// ESLint flat config. The rule that matters most: src/core stays pure (DESIGN.md) — no host,
// UI, file-system or workbook-library imports, the way excalidraw keeps its pure packages free of React.
const tseslint = require('typescript-eslint');

const hostModules = ['exceljs', 'fs', 'fs/promises', 'node:fs', 'node:fs/promises', 'path', 'node:path', 'os', 'node:os', 'child_process', 'node:child_process', 'react', 'react-dom', '@fluentui/*', 'react/*', 'react-dom/*', 'office-js', '@microsoft/office-js'];

module.exports = tseslint.config(
  { ignores: ['node_modules/**', 'build/**', 'dist/**', 'out/**', 'coverage/**', 'test/artifacts/**', '**/*.js'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: hostModules.filter((m) => !m.includes('*')).map((name) => ({ name, message: 'src/core is pure: no host, UI or file-system imports (DESIGN.md).' })),
          patterns: [
            { group: hostModules.filter((m) => m.includes('*')), message: 'src/core is pure: no UI imports.' },
            { group: ['**/excel/**', '**/xlsx/**', '**/cli/**', '**/taskpane/**'], message: 'src/core must not import adapters or faces.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Excel', message: 'src/core knows no host.' },
        { name: 'Office', message: 'src/core knows no host.' },
        { name: 'console', message: 'src/core reports through findings, not the console.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'src/core has no clock.' },
        { object: 'Excel', property: 'run', message: 'Only src/excel calls Excel.run.' },
      ],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date']", message: 'src/core has no clock.' }],
    },
  },
  {
    // The web page shares the pane's face-neutral parts (src/app, src/taskpane), never the Office.js adapter.
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/excel', '**/excel/**'], message: 'src/web must not import src/excel (use src/app).' }] },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/excel/**', 'src/core/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'Excel', property: 'run', message: 'Only src/excel calls Excel.run.' }],
    },
  },
);
