import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const muiBarrels = [
  { name: '@mui/material', message: 'Import one component by path: @mui/material/Button.' },
  { name: '@mui/icons-material', message: 'Import icons by path: @mui/icons-material/Close.' },
];

// The import direction of STYLE.md: domain -> api/stores/components -> features -> app.
const layer = (files, patterns) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { paths: muiBarrels, patterns }],
  },
});
const noTests = { group: ['**/tests/**'], message: 'src/ never imports tests/.' };
const noMocks = { group: ['**/mocks/**'], message: 'Only src/main.tsx loads mocks/, dynamically.' };
const noApp = { group: ['**/app/**'], message: 'Only app/ wires features together.' };
const noFeatures = { group: ['**/features/**'], message: 'Shared layers never import features.' };
const noUiLayers = {
  group: ['**/api/**', '**/stores/**', '**/components/**', '**/i18n/**'],
  message: 'domain/ holds pure rules only.',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-floor',
      'dist-sim',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { paths: muiBarrels }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  layer(['src/domain/**'], [noTests, noMocks, noApp, noFeatures, noUiLayers]),
  layer(
    ['src/api/**', 'src/stores/**', 'src/components/**', 'src/i18n/**'],
    [noTests, noMocks, noApp, noFeatures],
  ),
  layer(
    ['src/features/**'],
    [noTests, noMocks, noApp, { regex: '^\\.\\./(?!\\.\\.)', message: 'Features never import each other.' }],
  ),
  layer(['src/app/**'], [noTests, noMocks]),
  layer(
    ['mocks/**'],
    [
      {
        group: [
          '**/src/app/**',
          '**/src/features/**',
          '**/src/components/**',
          '**/src/stores/**',
          '**/src/i18n/**',
        ],
        message: 'The mock backend implements the contract: it may use src/domain and src/api types only.',
      },
    ],
  ),
  {
    files: ['src/main.tsx'],
    rules: { 'no-restricted-imports': ['error', { paths: muiBarrels, patterns: [noTests] }] },
  },
);
