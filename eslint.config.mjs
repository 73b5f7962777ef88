// ESLint enforces the dependency direction of ARCHITECTURE.md, so a wrong import fails `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/lib/**',
      '**/lib-commonjs/**',
      '**/temp/**',
      '**/coverage/**',
      'spfx-webparts/node_modules/**',
      'spfx-webparts/sharepoint/**',
      'spfx-webparts/release/**',
      'spfx-webparts/src/webparts/**',
      '**/build/**',
      'bench-data/**',
      '.data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node } },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'off',
    },
  },
  {
    // The domain is pure: zod and its own files, nothing else (no node:, no @pnp, no React, no I/O).
    files: ['shared/src/domain/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod$|\\.\\.?/)',
              message: 'shared/src/domain imports zod only (ARCHITECTURE.md: pure domain).',
            },
          ],
        },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './shared/src/domain',
              from: './shared/src',
              except: ['./domain'],
              message: 'The domain imports nothing from the rest of @gtm/shared.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'The domain does no I/O.' },
        { name: 'process', message: 'The domain reads no environment.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Pass `now` in: the domain has no clock.',
        },
        {
          selector: 'NewExpression[callee.name="Date"][arguments.length=0]',
          message: 'Pass `now` in: the domain has no clock.',
        },
      ],
    },
  },
  {
    // @gtm/shared never imports a surface, React, or host SDKs.
    files: ['shared/src/**/*.ts'],
    ignores: ['shared/src/domain/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', '@fluentui/*', '@microsoft/*', '@gtm/*', 'office-*'],
              message: '@gtm/shared imports no surface, no React, no host SDK.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only teams-app/src/host touches teams-js (ARCHITECTURE.md).
    files: ['teams-app/src/**/*.ts', 'teams-app/src/**/*.tsx'],
    ignores: ['teams-app/src/host/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@microsoft/teams-js', message: 'Only teams-app/src/host imports teams-js.' }] },
      ],
    },
  },
  {
    // Only excel-addin/src/functions touches the CustomFunctions global.
    files: ['excel-addin/src/**/*.ts', 'excel-addin/src/**/*.tsx'],
    ignores: ['excel-addin/src/functions/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'CustomFunctions', message: 'Only excel-addin/src/functions touches CustomFunctions.' },
      ],
    },
  },
  {
    // Browser code: the web part views, the host pages, the Teams tab, the Excel task pane.
    files: ['spfx-webparts/src/**/*.{ts,tsx}', 'workbench/pages/**/*.{ts,tsx}', 'teams-app/src/**/*.{ts,tsx}', 'excel-addin/src/taskpane/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // React views receive repositories; they never build queries or call PnPjs themselves.
    files: ['spfx-webparts/src/components/**/*.{ts,tsx}', 'teams-app/src/review/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@microsoft/teams-js', message: 'Only teams-app/src/host imports teams-js.' }],
          patterns: [{ group: ['@pnp/*'], message: 'Views receive repositories (ARCHITECTURE.md): no @pnp imports in components.' }],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**/*.ts'],
    languageOptions: { globals: { ...globals.jest, ...globals.node } },
  },
);
