// Runs the real command line (tsx electron/cli/main.ts, what `npm run cli` runs) in a child process.
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(__dirname, '..', '..');
const TSX = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(PROJECT_ROOT, 'electron', 'cli', 'main.ts');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Environment for a child: no inherited library, no display (so nothing opens a browser) unless given. */
export function cliEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  for (const name of ['NOTEBOOK_LIBRARY', 'DISPLAY', 'WAYLAND_DISPLAY']) {
    if (!(name in extra)) delete env[name];
  }
  return env;
}

export function runCli(args: readonly string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(TSX, [CLI, ...args], { cwd: options.cwd ?? PROJECT_ROOT, env: cliEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

export interface ServingProcess {
  /** The printed address, the launch token in its fragment. */
  url: string;
  origin: string;
  port: number;
  token: string;
  child: ChildProcess;
  /** Everything printed on stdout so far. */
  stdout(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const URL_LINE = /^http:\/\/127\.0\.0\.1:(\d+)\/#token=([0-9a-f]+)$/m;

/** Starts `<command> --library PATH` and resolves once it prints its address. */
export function startServing(command: 'serve' | 'start' | 'web', libraryPath: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<ServingProcess> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(TSX, [CLI, command, '--library', libraryPath], {
      cwd: PROJECT_ROOT,
      env: cliEnv(extraEnv),
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: tsx runs the server in a child process, and a hard stop must reach it too.
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    let settled = false;
    const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = URL_LINE.exec(stdout);
      if (match && !settled) {
        settled = true;
        const url = match[0];
        const port = Number(match[1]);
        resolvePromise({
          url,
          origin: `http://127.0.0.1:${port}`,
          port,
          token: match[2]!,
          child,
          stdout: () => stdout,
          stop: async (signal = 'SIGTERM') => {
            if (child.exitCode === null && child.signalCode === null) {
              // SIGKILL cannot be passed on by tsx: send it to the whole group.
              if (signal === 'SIGKILL') process.kill(-child.pid!, signal);
              else child.kill(signal);
            }
            return exited;
          },
        });
      }
    });
    void exited.then((code) => {
      if (!settled) {
        settled = true;
        reject(new Error(`${command} exited with ${code} before printing its address.\nstdout: ${stdout}\nstderr: ${stderr}`));
      }
    });
  });
}
