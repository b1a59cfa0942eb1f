// Lint rules: typescript-eslint (type-aware, strict about promises), Svelte, and the
// layer arrows of ARCHITECTURE.md as import restrictions per folder.
import js from '@eslint/js';
import promise from 'eslint-plugin-promise';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

const layer = (name) => [
  `**/lib/${name}`,
  `**/lib/${name}/**`,
  `../${name}/**`,
  `../../${name}/**`,
];
const forbid = (message, ...groups) => ({ group: groups.flat(), message });
const forbidRuntime = (message, ...groups) => ({
  ...forbid(message, ...groups),
  allowTypeImports: true,
});
// Tests wire the real layers together (an in-process trainer for the API, say): the
// arrows bind production code only.
const restrict = (files, ...patterns) => ({
  files,
  ignores: ['**/*.test.ts', '**/testing.ts'],
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
});

const PURE = ['data', 'stats', 'traffic', 'search', 'http', 'report'];
const APP_LAYERS = ['db', 'api', 'services', 'state', 'workers'].flatMap(layer);
const VIEWS = ['**/ui/**', '**/pages/**', '**/i18n/**', '**/App.svelte'];
const LIBS = ['dexie', 'msw', 'msw/*', 'svelte', 'svelte/*', 'zod', 'chart.js'];

export default ts.config(
  {
    ignores: [
      'dist/',
      'dist-bench/',
      'node_modules/',
      'public/mockServiceWorker.js',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommendedTypeChecked,
  ...svelte.configs.recommended,
  promise.configs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...ts.configs.disableTypeChecked,
  },
  {
    files: ['src/service-worker/**'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    files: ['scripts/**', 'test/**', '**/*.test.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.test.ts', '**/testing.ts', 'test/**'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },

  // Pure layers: numbers and data in, numbers and data out.
  restrict(
    PURE.map((name) => `src/lib/${name}/**`),
    forbid(
      'Pure layers import no app layer and no framework.',
      APP_LAYERS,
      layer('ml'),
      layer('export'),
      VIEWS,
      LIBS,
      '@tensorflow/*',
    ),
  ),
  // ml: tfjs and the pure layers only; it also runs inside a Web Worker.
  restrict(
    ['src/lib/ml/**'],
    forbid('ml imports tfjs and pure layers only.', APP_LAYERS, layer('export'), VIEWS, LIBS),
  ),
  // export: projects to take home (a FastAPI server), built from a model's plain data.
  restrict(
    ['src/lib/export/**'],
    forbid(
      'export imports ml (never tfjs) and pure layers only.',
      APP_LAYERS,
      VIEWS,
      LIBS,
      '@tensorflow/*',
      '**/lib/ml/load-tf',
      '**/lib/ml/tf-runtime',
    ),
  ),
  // db: the only door to IndexedDB; pure layers for their types only.
  restrict(
    ['src/lib/db/**'],
    forbid(
      'db imports no api, service, state, worker or view.',
      ['api', 'services', 'state', 'workers'].flatMap(layer),
      VIEWS,
      'msw',
      'zod',
      'svelte',
    ),
    forbidRuntime('db uses pure layers for types only.', layer('ml'), '@tensorflow/*'),
  ),
  // api: the only place that speaks HTTP; thin handlers over db and the pure layers.
  restrict(
    ['src/lib/api/**'],
    forbid(
      'api imports db and pure layers only.',
      ['services', 'state', 'workers'].flatMap(layer),
      VIEWS,
      'svelte',
    ),
    {
      regex: '^zod$',
      message: 'Take z from api/zod, which sets zod up before any schema is built.',
      allowTypeImports: true,
    },
  ),
  // workers: entry points run ml off the main thread.
  restrict(
    ['src/lib/workers/**'],
    forbid(
      'workers import ml and pure layers only.',
      ['db', 'api', 'services', 'state'].flatMap(layer),
      VIEWS,
      'dexie',
      'msw',
    ),
  ),
  // services: stateless use cases over the API client, db, workers and the pure layers.
  restrict(
    ['src/lib/services/**'],
    forbid('services hold no runes and import no state or view.', layer('state'), VIEWS, 'svelte'),
    forbidRuntime('services call the API through api/client only.', [
      '**/api/*',
      '!**/api/client',
      '**/api/*/**',
    ]),
  ),
  // state: rune classes and live queries over services, the API client, db and workers.
  restrict(
    ['src/lib/state/**'],
    forbid('state imports no view.', VIEWS),
    forbidRuntime('state calls the API through api/client only.', [
      '**/api/*',
      '!**/api/client',
      '**/api/*/**',
    ]),
  ),
  // Views: state, ui, i18n and pure layers for formatting. Never IndexedDB or tfjs.
  restrict(
    ['src/ui/**', 'src/pages/**', 'src/App.svelte', 'src/i18n/**'],
    forbid(
      'Views never open IndexedDB, tfjs or workers: go through state.',
      'dexie',
      '@tensorflow/*',
      layer('workers'),
      '**/lib/ml/load-tf',
      '**/lib/ml/tf-runtime',
    ),
    forbidRuntime('Views reach db and api through state.', layer('db'), layer('api')),
  ),
);
