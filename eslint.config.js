import { builtinModules } from 'node:module';
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// A day taken from toISOString() is the UTC day: before 08:00 in China it is yesterday.
const utcDay = {
  selector:
    "CallExpression[callee.property.name=/^(slice|substring)$/][arguments.0.value=0][arguments.1.value=10][callee.object.callee.property.name='toISOString']",
  message: 'This is the UTC day. Use localDay()/dayOf() from shared/localDate.ts.',
};

const nodeBuiltins = ['node:*', ...builtinModules];

// Runtime layers. Patterns are regexes on the import path, so a path is caught at any depth.
// shared/ may import zod, pinyin-pro (the search keys, issue 15) and other shared files only.
const sharedPackages = {
  regex: '^(?!(zod|pinyin-pro)$)[^.]',
  message:
    'shared/ is the contract of both processes: it imports only zod, pinyin-pro and other shared/ files.',
};
/** A relative import that reaches one of the other top-level folders, however deep it starts. */
const leaves = (from) => ({
  regex: `^\\.\\.?/(.*/)?(${['shared', 'electron', 'renderer', 'e2e', 'scripts'].filter((d) => d !== from).join('|')})(/|$)`,
  message: `${from}/ is a runtime layer of its own: it does not import from the other top-level folders.`,
});
const intoRenderer = {
  regex: '^\\.\\.?/(.*/)?renderer(/|$)',
  message: 'The main process never imports the renderer; share code through shared/.',
};
const electronPackage = {
  name: 'electron',
  message:
    'Only electron/main.ts and preload.ts import electron; the rest also runs under plain Node.',
};
const intoShell = {
  regex: '^\\.\\.?/(.*/)?((main|preload|serve|ipc)(\\.ts)?|http(/.*)?)$',
  message:
    'Services and the store sit below the shell: main, preload, serve, ipc and http/ call them, never back.',
};
const intoServices = {
  // electron/router.ts, handlers.ts and workspace.ts, reached only by going up (not shared/workspace.ts).
  regex: '^\\.\\.?/(.*/)?(services|demo)(/|$)|^(\\.\\./)+(router|handlers|workspace)(\\.ts)?$',
  message:
    'The store is the lowest layer: services, the router and the demo build on it, not the reverse.',
};
// shared/ runs in both processes: no browser or Node global (document, window, process, Buffer…).
const runtimeGlobals = Object.keys({ ...globals.browser, ...globals.node })
  .filter((name) => !(name in globals.es2024))
  .map((name) => ({
    name,
    message: 'shared/ runs in both processes: no browser or Node globals.',
  }));
// The renderer's layers. app/ is the shell and imports pages; pages compose features; a feature
// uses the layers below it and other features only through their public face (index.ts).
const rendererElements = [
  ...['app', 'pages', 'routes', 'ui', 'api', 'data', 'i18n', 'test'].map((type) => ({
    type,
    pattern: `renderer/${type}`,
    partialMatch: false,
  })),
  { type: 'feature', pattern: 'renderer/features/*', capture: ['feature'], partialMatch: false },
  { type: 'shared', pattern: 'shared', partialMatch: false },
];
const to = (...types) => ({ to: { element: { types: types.length === 1 ? types[0] : types } } });
const publicFace = { to: { element: { type: 'feature', fileInternalPath: 'index.ts' } } };
const below = ['routes', 'ui', 'api', 'data', 'i18n', 'shared'];
const rendererPolicies = [
  { allow: { dependency: { relationship: { to: 'internal' } } } },
  { from: { element: { type: 'app' } }, allow: [to('pages', ...below), publicFace] },
  { from: { element: { type: 'pages' } }, allow: [to(...below), publicFace] },
  { from: { element: { type: 'feature' } }, allow: [to(...below), publicFace] },
  { from: { element: { type: 'ui' } }, allow: to('api', 'i18n', 'shared') },
  { from: { element: { types: ['routes', 'api'] } }, allow: to('shared') },
  { from: { element: { type: 'data' } }, allow: to('api', 'shared') },
  // The translations gather every feature's message files.
  {
    from: { element: { type: 'i18n' } },
    allow: [
      to('api', 'shared'),
      { to: { element: { type: 'feature', fileInternalPath: 'i18n/*' } } },
    ],
  },
  { from: { element: { type: 'test' } }, allow: to('app', 'api', 'data', 'i18n', 'ui', 'shared') },
];
// Tests may also use the test helpers and another feature's test data.
const testPolicies = [
  ...rendererPolicies,
  {
    allow: [
      to('test'),
      {
        to: {
          element: {
            type: 'feature',
            fileInternalPath: ['test/**', 'testFixtures.ts', 'drawing/testChart.ts'],
          },
        },
      },
    ],
  },
];
const rendererBoundaries = (policies) => ({
  'boundaries/dependencies': ['error', { default: 'disallow', policies }],
});
const testFiles = [
  'renderer/**/*.test.{ts,tsx}',
  'renderer/features/*/test/**',
  'renderer/features/*/testFixtures.ts',
  'renderer/features/orgmap/drawing/testChart.ts',
  'renderer/features/orgmap/drawing/routeOracle.ts',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'dist-electron',
      'release',
      'test-results',
      'playwright-report',
      '.ci-out',
      '.tsbuild',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', utcDay],
    },
  },
  // shared/ is the contract of both processes: plain ECMAScript, no Node, DOM, Electron or UI library.
  {
    files: ['shared/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [sharedPackages, leaves('shared')] }],
      'no-restricted-globals': ['error', ...runtimeGlobals],
    },
  },
  // Its tests run under vitest in Node, but still test the contract alone.
  {
    files: ['shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [leaves('shared')] }] },
  },
  // The main process never reaches into the renderer; only the Electron shell files import electron.
  {
    files: ['electron/main.ts', 'electron/preload.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [intoRenderer] }] },
  },
  {
    files: ['electron/**'],
    ignores: ['electron/main.ts', 'electron/preload.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronPackage], patterns: [intoRenderer] }],
    },
  },
  // Services and the store sit below the shell: transports and entry files call them, never back.
  {
    files: ['electron/services/**', 'electron/store/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronPackage], patterns: [intoRenderer, intoShell] },
      ],
    },
  },
  // The store is the lowest layer (its migration tests may seed through the services).
  {
    files: ['electron/store/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronPackage], patterns: [intoRenderer, intoShell, intoServices] },
      ],
    },
  },
  // The renderer reaches data only through the typed client.
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...nodeBuiltins,
            'electron',
            'better-sqlite3-multiple-ciphers',
            '**/electron/*',
            '**/electron/**',
          ],
        },
      ],
    },
  },
  // Feature boundaries in the renderer (see rendererElements above).
  {
    files: ['renderer/**'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': rendererElements,
      'import/resolver': { node: { extensions: ['.ts', '.tsx'] } },
    },
    rules: rendererBoundaries(rendererPolicies),
  },
  { files: testFiles, rules: rendererBoundaries(testPolicies) },
  // The Enter that finishes a Chinese (IME) composition must not save: one helper tells them apart.
  // The grid keyboard model (ui/grid) is pure: it reads a key's `composing` (set by keyOf from
  // isComposing) and refuses it before looking at Enter.
  {
    files: ['renderer/**'],
    ignores: [
      'renderer/ui/isSaveEnter.ts',
      'renderer/ui/grid/editKeys.ts',
      'renderer/ui/grid/gridKeys.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        utcDay,
        ...[
          "BinaryExpression[right.value='Enter']",
          "BinaryExpression[left.value='Enter']",
          "SwitchCase[test.value='Enter']",
        ].map((selector) => ({
          selector,
          message:
            'Use isSaveEnter(event) (renderer/ui/isSaveEnter.ts): an IME composition ends with Enter too.',
        })),
      ],
    },
  },
);
