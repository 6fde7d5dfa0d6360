// start: the desktop window where Electron's binary is installed, else browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chooseNativeBinding, electronBindingDir, electronBuildEnv, nativeCacheRoot } from '../../core/db/native-binding';
import { ensureAppBuilt } from '../app-build';
import { ELECTRON_ABSENT_LINE, findElectronBinary, mayDownloadElectron } from '../electron-binary';
import { PROJECT_ROOT } from '../project-paths';
import { complain, line } from '../terminal-text';

const ELECTRON_DIR = join(PROJECT_ROOT, 'node_modules', 'electron');

/** The Electron executable, or null after printing why browser mode is used instead. */
export function electronOrNull(): string | null {
  let binary = probeElectron();
  if (binary === null && mayDownloadElectron(process.env) && existsSync(join(ELECTRON_DIR, 'install.js'))) {
    process.stderr.write('Electron is not downloaded yet; trying its installer once (set ELECTRON_SKIP_BINARY_DOWNLOAD=1 to skip)…\n');
    spawnSync(process.execPath, [join(ELECTRON_DIR, 'install.js')], { stdio: ['ignore', 2, 2] });
    binary = probeElectron();
  }
  if (binary === null) process.stdout.write(`${ELECTRON_ABSENT_LINE}\n`);
  return binary;
}

function probeElectron(): string | null {
  const pathTxt = join(ELECTRON_DIR, 'path.txt');
  return findElectronBinary(ELECTRON_DIR, {
    readPathTxt: () => (existsSync(pathTxt) ? readFileSync(pathTxt, 'utf8') : null),
    exists: existsSync,
    overrideDistPath: process.env.ELECTRON_OVERRIDE_DIST_PATH,
  });
}

export async function startDesktop(electronBinary: string, library: string | undefined): Promise<number> {
  await ensureAppBuilt();
  await ensureElectronSqlite();
  const args = [PROJECT_ROOT, ...(library ? ['--library', library] : [])];
  return new Promise((resolve) => {
    const child = spawn(electronBinary, args, { stdio: 'inherit' });
    child.on('error', (error) => {
      complain(line`Electron could not be started (${error.message}).` + '\n');
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/** Builds better-sqlite3 for this Electron once, in a folder of its own beside the Node build. */
async function ensureElectronSqlite(): Promise<void> {
  const electronVersion = JSON.parse(readFileSync(join(ELECTRON_DIR, 'package.json'), 'utf8')).version as string;
  const runtime = { electronVersion, platform: process.platform, arch: process.arch };
  const cacheRoot = nativeCacheRoot(PROJECT_ROOT);
  if (!('error' in chooseNativeBinding(cacheRoot, runtime, existsSync))) return;

  process.stderr.write(`Building SQLite for Electron ${electronVersion} (once)…\n`);
  const work = join(cacheRoot, 'build-tmp', 'better-sqlite3');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const source = join(PROJECT_ROOT, 'node_modules', 'better-sqlite3');
  cpSync(source, work, { recursive: true, filter: (path) => !path.startsWith(join(source, 'build')) });
  const code = await new Promise<number>((resolve) => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const child = spawn(npm, ['run', 'install'], { cwd: work, env: electronBuildEnv(electronVersion, process.env), stdio: ['ignore', 2, 2] });
    child.on('error', () => resolve(1));
    child.on('close', (status) => resolve(status ?? 1));
  });
  if (code !== 0) throw new Error('Building SQLite for Electron failed; see the messages above.');
  const target = electronBindingDir(cacheRoot, runtime);
  mkdirSync(target, { recursive: true });
  cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), join(target, 'better_sqlite3.node'));
  rmSync(work, { recursive: true, force: true });
}
