// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const PURE = 'packages/core and packages/protocol are pure: no I/O, runtime or framework imports.';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'data/**',
      '.cache/**',
      '**/test-results/**',
      '**/playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.test.ts', '**/test-support/**', 'tests/**'],
    rules: {
      // Tests index into arrays they just asserted on.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The domain rulebook and the wire contract do no I/O (the contract also ships to browsers):
    // no runtime, network, storage, timers or clock of their own.
    files: ['packages/core/src/**/*.ts', 'packages/protocol/src/**/*.ts'],
    ignores: ['packages/*/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          // Exact names for Node's built-ins (a pattern would also match a local ./http).
          paths: [
            ...['fs', 'path', 'os', 'net', 'http', 'https', 'crypto', 'child_process'],
            ...['worker_threads', 'timers', 'dgram', 'dns', 'stream', 'process', 'pg'],
            'better-sqlite3',
            'ioredis',
          ].map((name) => ({ name, message: PURE })),
          patterns: [
            {
              group: [
                'node:*',
                ...['socket.io*', 'engine.io*', 'express*', 'kysely*', 'pino*', 'redis*'],
                ...['@socket.io/*', 'mediasoup*', 'react*', '@haven/server', '@haven/web'],
              ],
              message: PURE,
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'setTimeout',
          'setInterval',
          'setImmediate',
          'queueMicrotask',
          'fetch',
          'process',
          'require',
          'crypto',
          'window',
          'document',
          'localStorage',
          'sessionStorage',
        ].map((name) => ({ name, message: 'No I/O here; take a port instead.' })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Take a Clock.' },
        { object: 'Math', property: 'random', message: 'Take an IdGenerator.' },
        { object: 'performance', property: 'now', message: 'Take a Clock.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'new Date() reads the clock; take a Clock.',
        },
      ],
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Services are plain TypeScript so they can be tested and reused without a renderer.
    files: ['apps/web/src/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react-*'], message: 'services/ has no React.' },
          ],
        },
      ],
    },
  },
);
