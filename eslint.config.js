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

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'crypto', 'url'];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-electron', 'release', 'test-results', 'playwright-report', '.ci-out', '.tsbuild'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', utcDay],
    },
  },
  // shared/ is the contract: no Node, DOM or Electron.
  {
    files: ['shared/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [...nodeBuiltins, 'electron', 'react', '../electron/*', '../renderer/*'] }],
    },
  },
  // Only the Electron shell files may import electron; the rest runs under plain Node.
  {
    files: ['electron/**'],
    ignores: ['electron/main.ts', 'electron/preload.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron'], patterns: ['../renderer/*'] }] },
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
        { patterns: [...nodeBuiltins, 'electron', 'better-sqlite3', '**/electron/*', '**/electron/**'] },
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
          message: 'Use isSaveEnter(event) (renderer/ui/isSaveEnter.ts): an IME composition ends with Enter too.',
        })),
      ],
    },
  },
);
