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
];

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'crypto', 'url'];

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
  // shared/ is the contract: no Node, DOM or Electron.
  {
    files: ['shared/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...nodeBuiltins, 'electron', 'react', '../electron/*', '../renderer/*'] },
      ],
    },
  },
  // Only the Electron shell files may import electron; the rest runs under plain Node.
  {
    files: ['electron/**'],
    ignores: ['electron/main.ts', 'electron/preload.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['electron'], patterns: ['../renderer/*'] }],
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
