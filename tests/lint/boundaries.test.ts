// The layer rules of eslint.config.mjs (DESIGN.md's table), proved on planted files: each forbidden
// import is reported with a message naming its layer, and the imports the table allows pass.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const projectRoot = resolve(import.meta.dirname, '../..');
const featuresFolder = 'renderer/src/features';
const boundaryRules = ['no-restricted-imports', 'import-x/no-restricted-paths', 'no-restricted-globals'];

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: projectRoot });
});

async function lint(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: resolve(projectRoot, file) });
  return result!.messages;
}

/** A module that imports `specifier` and uses it, so that nothing but the import can be reported. */
const importing = (specifier: string) => `import * as planted from '${specifier}';\nexport { planted };\n`;

/** A relative import must name a real file: the path rules cannot judge an import they cannot resolve. */
function expectResolvable(file: string, specifier: string) {
  if (!specifier.startsWith('.')) return;
  const base = resolve(projectRoot, dirname(file), specifier);
  const candidates = ['.ts', '.tsx', '/index.ts'].map((ending) => base + ending);
  expect(candidates.some(existsSync), `${specifier} from ${file} names no file`).toBe(true);
}

type Violation = [file: string, specifier: string, rule: string, layer: string];

const forbidden: Violation[] = [
  // shared/ imports nothing of Node, Electron, React, Lexical or better-sqlite3, and nothing above it.
  ['shared/planted.ts', 'node:fs', 'no-restricted-imports', 'shared/ runs anywhere'],
  ['shared/planted.ts', 'path', 'no-restricted-imports', 'shared/ runs anywhere'],
  ['shared/planted.ts', 'fs/promises', 'no-restricted-imports', 'shared/ runs anywhere'],
  ['shared/planted.ts', 'electron', 'no-restricted-imports', 'shared/ runs anywhere'],
  ['shared/planted.ts', 'react', 'no-restricted-imports', 'shared/ runs anywhere'],
  ['shared/planted.ts', 'react-dom/client', 'no-restricted-imports', 'shared/ runs anywhere'],
  ['shared/planted.ts', 'lexical', 'no-restricted-imports', 'shared/ runs anywhere'],
  ['shared/planted.ts', '@lexical/react/LexicalComposer', 'no-restricted-imports', 'shared/ runs anywhere'],
  ['shared/planted.ts', 'better-sqlite3', 'no-restricted-imports', 'shared/ runs anywhere'],
  ['shared/notes/planted.ts', '../../electron/core/core', 'import-x/no-restricted-paths', 'shared/ is the bottom layer'],
  ['shared/planted.ts', '../renderer/src/app/App', 'import-x/no-restricted-paths', 'shared/ is the bottom layer'],
  // Only electron/main and electron/preload import electron.
  ['electron/core/planted.ts', 'electron', 'no-restricted-imports', 'only electron/main/ and electron/preload/ import electron'],
  ['electron/core/db/planted.ts', 'electron/main', 'no-restricted-imports', 'only electron/main/ and electron/preload/ import electron'],
  ['electron/server/planted.ts', 'electron', 'no-restricted-imports', 'only electron/main/ and electron/preload/ import electron'],
  ['electron/cli/planted.ts', 'electron', 'no-restricted-imports', 'only electron/main/ and electron/preload/ import electron'],
  // electron/preload imports electron and the IPC channel name only.
  ['electron/preload/planted.ts', 'node:fs', 'no-restricted-imports', 'electron/preload/ imports electron'],
  ['electron/preload/planted.ts', 'react', 'no-restricted-imports', 'electron/preload/ imports electron'],
  ['electron/preload/planted.ts', '../core/core', 'import-x/no-restricted-paths', 'electron/preload/ imports electron'],
  ['electron/preload/planted.ts', '../../shared/domain', 'import-x/no-restricted-paths', 'electron/preload/ imports electron'],
  // The core never imports a door or the renderer.
  ['electron/core/planted.ts', '../main/index', 'import-x/no-restricted-paths', 'electron/core/ may import shared/ only'],
  ['electron/core/planted.ts', '../server/server', 'import-x/no-restricted-paths', 'electron/core/ may import shared/ only'],
  ['electron/core/planted.ts', '../cli/main', 'import-x/no-restricted-paths', 'electron/core/ may import shared/ only'],
  ['electron/core/planted.ts', '../../renderer/src/app/App', 'import-x/no-restricted-paths', 'electron/core/ may import shared/ only'],
  // A migration imports nothing of the core outside db/migrations.
  ['electron/core/db/migrations/planted.ts', '../../dispatch', 'import-x/no-restricted-paths', 'electron/core/db/migrations/ imports nothing'],
  ['electron/core/db/migrations/planted.ts', '../../core', 'import-x/no-restricted-paths', 'electron/core/db/migrations/ imports nothing'],
  // The doors stay apart.
  ['electron/main/planted.ts', '../server/server', 'import-x/no-restricted-paths', 'electron/main/ may import core and shared'],
  ['electron/server/planted.ts', '../main/index', 'import-x/no-restricted-paths', 'electron/server/ may import core and shared'],
  ['electron/cli/planted.ts', '../main/index', 'import-x/no-restricted-paths', 'electron/cli/ may import core and shared'],
  // The renderer reaches the core only through the contract.
  ['renderer/src/planted.ts', '../../electron/core/core', 'import-x/no-restricted-paths', 'renderer/ imports shared/ only'],
  ['renderer/src/planted.ts', 'electron', 'no-restricted-imports', 'renderer/ imports shared/ only'],
  ['renderer/src/planted.ts', 'better-sqlite3', 'no-restricted-imports', 'renderer/ imports shared/ only'],
  ['renderer/src/planted.ts', 'node:path', 'no-restricted-imports', 'renderer/ imports shared/ only'],
  ['renderer/src/planted.ts', 'crypto', 'no-restricted-imports', 'renderer/ imports shared/ only'],
  // Features share parts only through the common folders, which never reach up into features or the app.
  ['renderer/src/features/reader/planted.ts', '../notebook/NotebookView', 'import-x/no-restricted-paths', 'a feature folder never imports another feature'],
  ['renderer/src/features/reader/planted.ts', '../../app/App', 'import-x/no-restricted-paths', 'a feature folder never imports another feature or the app'],
  ['renderer/src/components/planted.ts', '../features/notebook/NotebookView', 'import-x/no-restricted-paths', 'sit below the features'],
  ['renderer/src/lib/planted.ts', '../app/App', 'import-x/no-restricted-paths', 'sit below the features'],
];

const allowed: [file: string, specifier: string][] = [
  ['renderer/src/features/reader/planted.ts', '../../components/Dialog'],
  ['renderer/src/features/reader/planted.ts', '../../lib/routes'],
  ['renderer/src/features/reader/planted.ts', '../../api/client'],
  ['renderer/src/features/reader/planted.ts', '../../../../shared/domain'],
  ['renderer/src/features/reader/planted.ts', 'react'],
  ['renderer/src/features/notebook/planted.ts', './NotebookView'],
  ['renderer/src/app/planted.ts', '../features/notebook/NotebookView'],
  ['electron/core/planted.ts', '../../shared/domain'],
  ['electron/core/planted.ts', './dispatch'],
  ['electron/core/planted.ts', 'better-sqlite3'],
  ['electron/core/planted.ts', 'node:fs'],
  ['electron/core/db/migrations/planted.ts', './index'],
  ['electron/main/planted.ts', 'electron'],
  ['electron/main/planted.ts', '../core/core'],
  ['electron/preload/planted.ts', 'electron'],
  ['electron/preload/planted.ts', '../../shared/ipc'],
  ['electron/server/planted.ts', '../core/dispatch'],
  ['electron/cli/planted.ts', '../server/server'],
  ['shared/planted.ts', './domain'],
];

describe('the layer rules of DESIGN.md', () => {
  it.each(forbidden)('%s importing %s: %s', async (file, specifier, rule, layer) => {
    expectResolvable(file, specifier);
    const messages = await lint(file, importing(specifier));
    const reported = messages.filter((message) => message.ruleId === rule);
    expect(reported, JSON.stringify(messages)).toHaveLength(1);
    expect(reported[0]!.message).toContain('DESIGN.md');
    expect(reported[0]!.message).toContain(layer);
  });

  it.each(allowed)('%s may import %s', async (file, specifier) => {
    expectResolvable(file, specifier);
    expect(await lint(file, importing(specifier))).toEqual([]);
  });

  it.each(['window.location.href', 'document.title', 'navigator.language', 'localStorage.length', 'process.env'])(
    'shared/ does not read the global %s',
    async (expression) => {
      const messages = await lint('shared/planted.ts', `export const planted = ${expression};\n`);
      expect(messages.map((message) => message.ruleId)).toEqual(['no-restricted-globals']);
      expect(messages[0]!.message).toContain('shared/ runs anywhere');
    },
  );

  // The config reads the folder list when it loads, so a feature folder added later is fenced as well.
  it('fences every feature folder from every other', async () => {
    const features = readdirSync(resolve(projectRoot, featuresFolder), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(features.length).toBeGreaterThan(1);
    for (const [index, feature] of features.entries()) {
      const other = features[(index + 1) % features.length]!;
      const module = readdirSync(resolve(projectRoot, featuresFolder, other.name)).find((name) => /\.tsx?$/.test(name))!;
      const specifier = `../${other.name}/${module.replace(/\.tsx?$/, '')}`;
      const messages = await lint(`${featuresFolder}/${feature.name}/planted.ts`, importing(specifier));
      expect(
        messages.map((message) => message.ruleId),
        `${feature.name} importing ${specifier}`,
      ).toEqual(['import-x/no-restricted-paths']);
    }
  });

  it('leaves files outside the layers alone: tests may import anything', async () => {
    const messages = await lint('tests/lint/planted.ts', importing('../../electron/core/core'));
    expect(messages.filter((message) => boundaryRules.includes(message.ruleId ?? ''))).toEqual([]);
  });
});
