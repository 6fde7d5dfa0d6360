// The command line compiled once per test run, so that each CLI call in a test is one plain `node`
// process: the same compile `npm run cli` runs (electron/cli/launch.cjs), done at every run's global
// setup from the current sources, so it is never stale.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CLI_BUNDLE_ENV, PROJECT_ROOT } from './cli-process';

interface Launcher {
  buildCliBundle(): string;
  CLI_BUNDLE: string;
}

const launcher = createRequire(__filename)(join(PROJECT_ROOT, 'electron', 'cli', 'launch.cjs')) as Launcher;

export const CLI_BUNDLE = launcher.CLI_BUNDLE;

/** Compiles the CLI and its parse worker into out/cli/. */
export function buildCliBundle(): string {
  return launcher.buildCliBundle();
}

/** For a vitest global setup: build, then point the test workers (started after it) at the bundle. */
export async function useCliBundle(): Promise<void> {
  process.env[CLI_BUNDLE_ENV] = buildCliBundle();
}
