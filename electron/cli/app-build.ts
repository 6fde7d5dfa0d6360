// `serve`, `web`, `start` and the e2e tests build the app when its output is missing or older
// than its sources, so a fresh clone needs no separate build step.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { OUT_DIR, PROJECT_ROOT } from './project-paths';

const SOURCES = ['renderer', 'shared', 'electron/main', 'electron/preload', 'electron/core', 'electron.vite.config.ts', 'package.json'];
const OUTPUTS = ['renderer/index.html', 'main/index.js', 'preload/index.cjs'];
const LOCK_DIR = join(PROJECT_ROOT, 'node_modules', '.cache', 'research-notebook', 'build.lock');
const STALE_LOCK_MS = 10 * 60 * 1000;

/** Newest modification time under the given paths (files or folders), skipping node_modules. */
export function newestMtime(paths: readonly string[]): number {
  let newest = 0;
  const visit = (path: string): void => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      return;
    }
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'node_modules') visit(join(path, entry));
    } else newest = Math.max(newest, stats.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

/** Stale when an output is missing or older than the newest source. */
export function isBuildStale(outputMtimes: ReadonlyArray<number | null>, newestSource: number): boolean {
  return outputMtimes.some((mtime) => mtime === null || mtime < newestSource);
}

function appBuildIsStale(): boolean {
  const outputs = OUTPUTS.map((file) => {
    try {
      return statSync(join(OUT_DIR, file)).mtimeMs;
    } catch {
      return null;
    }
  });
  return isBuildStale(outputs, newestMtime(SOURCES.map((source) => join(PROJECT_ROOT, source))));
}

/** Builds with electron-vite when stale; several processes at once build only once. */
export async function ensureAppBuilt(log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Promise<void> {
  if (!appBuildIsStale()) return;
  await withBuildLock(async () => {
    if (!appBuildIsStale()) return; // another process built it while we waited
    log('Building the app (its sources changed since the last build)…');
    await runBuild();
  });
}

function runBuild(): Promise<void> {
  const cli = join(PROJECT_ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'build', '--logLevel', 'warn'], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Build chatter goes to stderr: stdout is reserved for the address and --json output.
    child.stdout.pipe(process.stderr, { end: false });
    child.stderr.pipe(process.stderr, { end: false });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`The app build failed (electron-vite exited with ${code}).`))));
  });
}

async function withBuildLock(work: () => Promise<void>): Promise<void> {
  mkdirSync(join(LOCK_DIR, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      break;
    } catch {
      removeStaleLock();
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    await work();
  } finally {
    rmdirSync(LOCK_DIR);
  }
}

/** A lock left by a build that was killed would block every later start. */
function removeStaleLock(): void {
  try {
    if (Date.now() - statSync(LOCK_DIR).mtimeMs > STALE_LOCK_MS) rmdirSync(LOCK_DIR);
  } catch {
    // gone already: the next attempt takes it
  }
}
