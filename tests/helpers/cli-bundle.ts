// The command line compiled once per test run, so that each CLI call in a test is one plain `node`
// process instead of tsx's wrapper process plus a loader hook transforming every source file again.
// It is compiled by the esbuild that tsx itself uses (so the same transform `npm run cli` gets), from
// the current sources at every run's global setup, so it is never stale.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { CLI_BUNDLE_ENV, PROJECT_ROOT } from './cli-process';

/** out/cli/ sits as deep as electron/cli/, so the CLI's own paths (project root, fonts, worker) resolve alike. */
export const CLI_BUNDLE_DIR = join(PROJECT_ROOT, 'out', 'cli');
export const CLI_BUNDLE = join(CLI_BUNDLE_DIR, 'main.js');
/** The name the CLI's worker pool looks for beside its own bundle (electron/core/import/worker/worker-script.ts). */
const WORKER_BUNDLE = join(CLI_BUNDLE_DIR, 'parse-worker.js');

type Esbuild = typeof import('esbuild');

function tsxEsbuild(): Esbuild {
  const fromTsx = createRequire(require.resolve('tsx/package.json'));
  return fromTsx(fromTsx.resolve('esbuild')) as Esbuild;
}

/** Compiles the CLI and its parse worker into out/cli/; concurrent runs each replace whole files. */
export async function buildCliBundle(): Promise<string> {
  const esbuild = tsxEsbuild();
  const entries: Array<[string, string]> = [
    [join(PROJECT_ROOT, 'electron', 'cli', 'main.ts'), CLI_BUNDLE],
    [join(PROJECT_ROOT, 'electron', 'core', 'import', 'worker', 'parse-worker.ts'), WORKER_BUNDLE],
  ];
  mkdirSync(CLI_BUNDLE_DIR, { recursive: true });
  const built = await Promise.all(
    entries.map(async ([entry, outfile]) => {
      const result = await esbuild.build({
        entryPoints: [entry],
        outfile,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: `node${process.versions.node}`,
        // Packages load from node_modules as they do under tsx; only the project's own code is compiled.
        packages: 'external',
        write: false,
        logLevel: 'warning',
      });
      return { outfile, text: result.outputFiles[0]!.contents };
    }),
  );
  // Written aside, then renamed: a test of another project starting the CLI never reads half a file.
  for (const { outfile, text } of built) {
    const partial = join(CLI_BUNDLE_DIR, `.${basename(outfile)}.${process.pid}.partial`);
    writeFileSync(partial, text);
    renameSync(partial, outfile);
  }
  return CLI_BUNDLE;
}

/** For a vitest global setup: build, then point the test workers (started after it) at the bundle. */
export async function useCliBundle(): Promise<void> {
  process.env[CLI_BUNDLE_ENV] = await buildCliBundle();
}
