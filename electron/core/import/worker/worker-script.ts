// How to start the parse worker. From sources (tests, the CLI and browser mode under tsx) the
// entry is TypeScript, so the worker registers tsx's CommonJS hook before requiring it; in the
// desktop bundle electron-vite built it as parse-worker.js beside the main bundle.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface WorkerScript {
  /** A file path, or code when `eval` is true. */
  source: string;
  eval: boolean;
}

export const BUNDLED_WORKER_FILE = 'parse-worker.js';

export function parseWorkerScript(moduleFile: string = __filename): WorkerScript {
  if (moduleFile.endsWith('.ts')) {
    const resolve = createRequire(moduleFile).resolve;
    const entry = join(dirname(moduleFile), 'parse-worker.ts');
    // Both hooks: the entry is required (CommonJS), the importers load lazily with import().
    const esmApi = pathToFileURL(resolve('tsx/esm/api')).href.replace(/\.cjs$/u, '.mjs');
    const source = [
      `require(${JSON.stringify(resolve('tsx/cjs/api'))}).register();`,
      `import(${JSON.stringify(esmApi)}).then((api) => { api.register(); require(${JSON.stringify(entry)}); });`,
    ].join('\n');
    return { source, eval: true };
  }
  return { source: bundledWorkerPath(dirname(moduleFile)), eval: false };
}

/** The bundle's worker sits in out/main; this code may itself be in out/main or a chunk folder below it. */
function bundledWorkerPath(folder: string): string {
  const candidates = [join(folder, BUNDLED_WORKER_FILE), join(dirname(folder), BUNDLED_WORKER_FILE)];
  return candidates.find((candidate) => existsSync(candidate)) ?? candidates[0]!;
}
