// ESLint: the recommended rules plus the layer boundaries of docs/architecture.md and no import
// cycles. Runs in `npm test` (`npm run lint`, zero warnings allowed). Parsing only, no type
// information: typescript-eslint needs the `typescript` JS API (TypeScript 6 is installed under
// that name for it); the type check itself is TypeScript 7 (`npm run typecheck`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'crypto',
  'child_process',
  'events',
  'url',
  'util',
  'stream',
  'http',
  'https',
  'net',
  'zlib',
  'worker_threads',
];

/** A module name or its `node:` form or subpath ("fs", "node:fs", "fs/promises"), never a relative path. */
const moduleNames = (names) => `^(node:)?(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(/.*)?$`;

/** Layer rules as import-x zones: files in `target` may not import from `from` (paths from the repo root). */
const zones = [
  // shared/ is pure: imported by both sides, imports neither.
  { target: './shared', from: ['./electron', './renderer'], message: 'shared/ is pure TypeScript: it must not import electron/ or renderer/.' },
  // The renderer reaches the core only through the API client (renderer/src/api) and the contract in shared/.
  { target: './renderer', from: ['./electron'], message: 'The renderer talks to the core only through renderer/src/api (the contract in shared/api).' },
  // electron/core is plain Node: no Electron main process, no preload, no UI.
  {
    target: ['./electron/core', './electron/cli.ts'],
    from: ['./electron/main', './electron/preload', './renderer'],
    message: 'electron/core and the CLI never depend on the Electron shell or the UI.',
  },
  // The preload is one sandboxed file: it may import nothing of ours.
  {
    target: './electron/preload',
    from: ['./electron/core', './electron/main', './renderer', './shared'],
    message: 'The sandboxed preload imports nothing but electron.',
  },
  // Layers inside the core: db is the bottom (SQL only), handlers sit on it, the service on the handlers.
  {
    target: './electron/core/db',
    from: ['./electron/core/handlers', './electron/core/service.ts', './electron/core/http', './electron/cli.ts'],
    message: 'electron/core/db is the bottom layer: it must not import handlers, the service or a transport.',
  },
  {
    target: './electron/core/handlers',
    from: ['./electron/core/service.ts', './electron/core/http'],
    message: 'Handlers get what they need through ServiceContext, not from the service or a transport.',
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'reports/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'resources/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    plugins: { 'import-x': importX },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Stripping control characters from user text before export is deliberate.
      'no-control-regex': 'off',
      'import-x/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // React: only the two classic hook rules (the code already marks its deliberate exceptions).
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // shared/: no Node, no DOM, no native module.
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // A regex on the whole specifier: a gitignore-style group would also refuse our own './http'.
              regex: moduleNames([...NODE_BUILTINS, 'electron', 'better-sqlite3', 'react', 'react-dom']),
              message: 'shared/ is pure TypeScript (no Node, no DOM, no Electron).',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    // Only electron/main and electron/preload import 'electron' (shared/ and renderer/ below).
    files: ['electron/core/**/*.ts', 'electron/cli.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: "Only electron/main and electron/preload import 'electron'." }] }] },
  },
  {
    // The renderer: no Node, no SQLite, no Electron; the transport (fetch, EventSource, the preload bridge) only in renderer/src/api.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to the core only through renderer/src/api.' }],
          patterns: [{ regex: moduleNames([...NODE_BUILTINS, 'better-sqlite3']), message: 'The renderer runs in a sandboxed page: no Node modules.' }],
        },
      ],
    },
  },
  {
    // The phone page (renderer/phone) is a separate surface with its own small contract
    // (shared/participants): it calls the participant server itself.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/api/**', 'renderer/phone/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Call the core through renderer/src/api.' },
        { name: 'EventSource', message: 'Change events come through renderer/src/api.' },
      ],
      'no-restricted-properties': ['error', { object: 'window', property: 'werkstatt', message: 'The preload bridge is used only by renderer/src/api.' }],
    },
  },
  {
    // SQL only in electron/core/db (better-sqlite3's prepare/exec outside it means SQL elsewhere).
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    ignores: ['electron/core/db/**', '**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='prepare']", message: 'SQL lives in electron/core/db: add a repository function there.' },
      ],
    },
  },
  {
    // Tests and scripts may do what the app may not (open SQLite directly, spawn processes).
    files: ['**/*.test.ts', 'tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{js,mjs,ts}', '*.config.{js,ts}'],
    // JSON answers of hostile or load-test servers are untyped on purpose.
    rules: {
      'no-restricted-imports': 'off',
      'no-restricted-globals': 'off',
      'import-x/no-restricted-paths': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // Playwright fixtures must destructure their first argument, even when they use none of it.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
