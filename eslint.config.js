import { builtinModules } from 'node:module';
import js from '@eslint/js';
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
// shared/ may import zod and other shared files only.
const sharedPackages = {
  regex: '^(?!zod$)[^.]',
  message:
    'shared/ is the contract of both processes: it imports only zod and other shared/ files.',
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
  regex: '^\\.\\.?/(.*/)?(services|demo)(/|$)|^\\.\\.?/(.*/)?(router|handlers|workspace)(\\.ts)?$',
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
            'better-sqlite3',
            '**/electron/*',
            '**/electron/**',
          ],
        },
      ],
    },
  },
  // The Enter that finishes a Chinese (IME) composition must not save: one helper tells them apart.
  // gridKeys.ts is a pure reducer fed only the keys CommitteeMatrix lets through.
  {
    files: ['renderer/**'],
    ignores: ['renderer/ui/isSaveEnter.ts', 'renderer/features/committee/utils/gridKeys.ts'],
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
