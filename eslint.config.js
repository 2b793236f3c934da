import { readdirSync } from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import globals from 'globals';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

const muiBarrels = [
  { name: '@mui/material', message: 'Import one component by path: @mui/material/Button.' },
  { name: '@mui/icons-material', message: 'Import icons by path: @mui/icons-material/Close.' },
];

// The import direction of STYLE.md, on resolved paths (so that `../../` cannot walk around it):
// domain -> api/stores/components/i18n -> features -> app. A zone forbids `target` files to import anything
// under `from` (but `except`, relative to `from`). Two exceptions a zone may allow, which import-x's rule
// has no option for: `allowTypeImports` (an `import type` brings no code across) and `allowDynamicIn` (those
// files may import lazily, with `import()`).
const shared = ['src/api', 'src/stores', 'src/components', 'src/i18n'];
const features = readdirSync(path.join(root, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const BOOTSTRAP = 'src/app/bootstrap.tsx';

const zones = [
  {
    target: 'src/domain',
    from: 'src',
    except: ['./domain'],
    message: 'src/domain holds pure rules and constants: it imports no other layer.',
  },
  {
    target: shared,
    from: ['src/features', 'src/app', 'src/main.tsx'],
    message: 'Shared layers never import features or the app.',
  },
  {
    target: 'src/features',
    from: ['src/app', 'src/main.tsx'],
    message: 'Only src/app wires features together.',
  },
  ...features.map((feature) => ({
    target: `src/features/${feature}`,
    from: 'src/features',
    except: [`./${feature}`],
    message: 'Features never import each other: move what both need to a shared layer or src/domain.',
  })),
  { target: 'src', from: 'tests', message: 'src/ never imports tests/.' },
  {
    target: 'src',
    from: 'mocks',
    allowDynamicIn: [BOOTSTRAP],
    message: `Only ${BOOTSTRAP} loads mocks/, and only with import().`,
  },
  {
    target: 'mocks',
    from: 'src',
    except: ['./domain', './api'],
    message: 'The mock backend implements the contract: it may use src/domain and the types of src/api only.',
  },
  {
    target: 'mocks',
    from: 'src/api',
    allowTypeImports: true,
    message: 'The mock backend uses only the types of src/api (`import type`); values live in src/domain.',
  },
];

const restrictedPaths = importX.rules['no-restricted-paths'];
const isTypeOnly = (statement) => statement.importKind === 'type' || statement.exportKind === 'type';

/** import-x's no-restricted-paths, run zone by zone so that each zone's own exceptions apply. */
const layersPlugin = {
  rules: {
    zones: {
      meta: { ...restrictedPaths.meta, schema: false },
      create(context) {
        const { zones: all, basePath } = context.options[0];
        const visitors = all.map(({ allowTypeImports, allowDynamicIn = [], ...zone }) => {
          const lazyAllowed = allowDynamicIn.some(
            (file) => path.resolve(basePath, file) === context.physicalFilename,
          );
          const allowed = (source) =>
            (allowTypeImports && isTypeOnly(source.parent)) ||
            (lazyAllowed && source.parent.type === 'ImportExpression');
          const zoneContext = Object.create(context, {
            options: { value: [{ basePath, zones: [zone] }] },
            report: { value: (descriptor) => allowed(descriptor.node) || context.report(descriptor) },
          });
          return restrictedPaths.create(zoneContext);
        });
        // One visitor whose handlers call every zone's handler for the same node type.
        const merged = {};
        for (const visitor of visitors) {
          for (const [selector, handler] of Object.entries(visitor)) {
            const before = merged[selector];
            merged[selector] = before ? (node) => (before(node), handler(node)) : handler;
          }
        }
        return merged;
      },
    },
  },
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
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    plugins: { layers: layersPlugin },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: { 'layers/zones': ['error', { basePath: root, zones }] },
  },
);
