import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeAndElectron = [
  { group: ['electron', 'electron/*'], message: 'Only main/ and preload/ may use Electron.' },
  {
    group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto'],
    message: 'Only main/ may use Node modules.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      '.out-*/**',
      'dist/**',
      '.tsbuild/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...nodeAndElectron,
            {
              group: ['**/main/**', '**/renderer/**', '**/preload/**'],
              message: 'shared/ imports only shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Plain scripts the page runs as they are, before the app's own (index.html).
    files: ['renderer/public/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...nodeAndElectron,
            {
              group: ['**/main/**', '**/preload/**'],
              message: 'The renderer reaches main only through the platform seam.',
            },
          ],
        },
      ],
    },
  },
  {
    // Components read through hooks and write through repositories, never the database itself.
    files: [
      'renderer/src/features/**/*.{ts,tsx}',
      'renderer/src/components/**/*.{ts,tsx}',
      'renderer/src/app/**/*.{ts,tsx}',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...nodeAndElectron,
            {
              group: ['**/main/**', '**/preload/**'],
              message: 'The renderer reaches main only through the platform seam.',
            },
            {
              group: ['**/db/database', 'dexie'],
              message: 'Components use hooks and repositories, not the database.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'main/**/*.ts',
      'preload/**/*.ts',
      'tests/**/*.{ts,tsx}',
      'build/**/*.ts',
      'bin/**/*.js',
      'samples/**/*.ts',
      '*.config.{ts,js}',
    ],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'main/ never imports renderer/.' }] },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
