// ESLint for the whole tree. The import rules at the bottom mirror the layer table of DESIGN.md
// ("Layers: dependency points one way"); each message names the row it enforces.
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;
const code = ['**/*.{ts,tsx,mts,mjs}'];
const sourceFolders = ['electron/**/*.{ts,tsx,mts}', 'shared/**/*.{ts,tsx,mts}', 'renderer/**/*.{ts,tsx,mts}'];

// Read at load time, so a new feature folder (features/search, …) is fenced without editing this file.
const featuresFolder = 'renderer/src/features';
const features = readdirSync(join(root, featuresFolder), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const layer = {
  shared: 'DESIGN.md layers: shared/ runs anywhere and imports nothing of Node (node:*), Electron, React, Lexical, better-sqlite3 or the DOM.',
  sharedUp: 'DESIGN.md layers: shared/ is the bottom layer; it never imports from electron/ or renderer/.',
  electronOnly: 'DESIGN.md layers: only electron/main/ and electron/preload/ import electron; core, server and cli run in plain Node.',
  core: 'DESIGN.md layers: electron/core/ may import shared/ only; it never imports the doors (electron/main, electron/preload, electron/server, electron/cli) or renderer/.',
  migrations:
    'DESIGN.md SQLite: a numbered migration never changes once shipped, so electron/core/db/migrations/ imports nothing of the core outside db/migrations/.',
  main: 'DESIGN.md layers: electron/main/ may import core and shared; never the other doors (electron/server, electron/cli), electron/preload or renderer/.',
  preload: 'DESIGN.md layers: electron/preload/ imports electron (contextBridge, ipcRenderer) only, plus the IPC channel name in shared/ipc.ts.',
  server: 'DESIGN.md layers: electron/server/ may import core and shared; never electron/main, electron/preload, electron/cli or renderer/.',
  cli: 'DESIGN.md layers: electron/cli/ may import core and shared (and starts browser mode from electron/server); never electron/main, electron/preload or renderer/.',
  renderer:
    'DESIGN.md layers: renderer/ imports shared/ only (+ react, lexical, …): never electron/, electron, better-sqlite3 or node:*; it reaches the core through the contract (renderer/src/api/client.ts).',
  feature:
    'DESIGN.md renderer habits: a feature folder never imports another feature or the app shell (renderer/src/app); features share parts only through renderer/src/components, lib or api.',
  common:
    'DESIGN.md renderer habits: renderer/src/components, lib and api sit below the features; they never import a feature or the app shell (renderer/src/app).',
};

// Package names, for ESLint's own no-restricted-imports (bare specifiers; relative paths are the zones' job).
const nodeBuiltins = (message) => [
  { regex: '^node:', message },
  { regex: `^(${builtinModules.filter((name) => !name.startsWith('_')).join('|')})(/.*)?$`, message },
];
const packages = (names, message) => [{ regex: `^(${names.join('|')})(/.*)?$`, message }];
const restrictImports = (files, patterns, ignores = []) => ({ files, ignores, rules: { 'no-restricted-imports': ['error', { patterns }] } });

// Zones for import-x/no-restricted-paths: `target` files may not import from `from` (paths from the root).
const doors = ['electron/main', 'electron/preload', 'electron/server', 'electron/cli'];
const zone = (target, from, message, except) => ({ target, from, message, ...(except ? { except } : {}) });
const zones = [
  zone('shared', ['electron', 'renderer'], layer.sharedUp),
  zone('electron/core', [...doors, 'renderer'], layer.core),
  zone('electron/core/db/migrations', 'electron/core', layer.migrations, ['./db/migrations']),
  zone('electron/main', ['electron/preload', 'electron/server', 'electron/cli', 'renderer'], layer.main),
  zone('electron/preload', ['electron/core', 'electron/main', 'electron/server', 'electron/cli', 'renderer'], layer.preload),
  zone('electron/preload', 'shared', layer.preload, ['./ipc.ts']),
  zone('electron/server', ['electron/main', 'electron/preload', 'electron/cli', 'renderer'], layer.server),
  zone('electron/cli', ['electron/main', 'electron/preload', 'renderer'], layer.cli),
  zone('renderer', 'electron', layer.renderer),
  zone(['renderer/src/components', 'renderer/src/lib', 'renderer/src/api'], [featuresFolder, 'renderer/src/app'], layer.common),
  ...features.flatMap((feature) => [
    zone(`${featuresFolder}/${feature}`, featuresFolder, layer.feature, [`./${feature}`]),
    zone(`${featuresFolder}/${feature}`, 'renderer/src/app', layer.feature),
  ]),
];

// What shared/ must not lean on at run time: the page's globals and Node's.
const domAndNodeGlobals = (
  'window document navigator location localStorage sessionStorage HTMLElement Element DOMParser getComputedStyle requestAnimationFrame ' +
  'process Buffer global require __dirname __filename'
)
  .split(' ')
  .map((name) => ({ name, message: layer.shared }));

export default defineConfig([
  globalIgnores(['out/', 'node_modules/', 'tests/.artifacts/', 'resources/**/*.json']),
  {
    files: code,
    extends: [js.configs.recommended, tseslint.configs.recommended],
    plugins: { 'import-x': importX },
    languageOptions: {
      // Scripts (.mjs) run under Node: every global this Node has; .ts files are checked by tsc instead.
      globals: Object.fromEntries(Object.getOwnPropertyNames(globalThis).map((name) => [name, 'readonly'])),
    },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.json', 'renderer/tsconfig.json', 'tests/tsconfig.json'].map((file) => join(root, file)),
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
      // A leading underscore marks a value left unused on purpose (a loop counter, an ignored argument).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // The importers and exporters strip control characters on purpose (file names, sanitised HTML).
      'no-control-regex': 'off',
    },
  },
  {
    files: sourceFolders,
    rules: { 'max-lines-per-function': ['error', { max: 150, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    // exhaustive-deps warns: most effects it questions today leave a dependency out on purpose, with a comment saying why.
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['shared/**'],
    rules: { 'no-restricted-globals': ['error', ...domAndNodeGlobals] },
  },
  restrictImports(
    ['shared/**'],
    [...nodeBuiltins(layer.shared), ...packages(['electron', 'react', 'react-dom', 'lexical', '@lexical', 'better-sqlite3'], layer.shared)],
  ),
  restrictImports(['electron/**'], packages(['electron'], layer.electronOnly), ['electron/main/**', 'electron/preload/**']),
  restrictImports(['electron/preload/**'], [{ regex: '^(?!electron$)[^.]', message: layer.preload }]),
  restrictImports(['renderer/**'], [...nodeBuiltins(layer.renderer), ...packages(['electron', 'better-sqlite3'], layer.renderer)]),
]);
