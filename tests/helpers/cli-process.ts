// Runs the real command line (electron/cli/main.ts, what `npm run cli` runs) in a child process:
// under vitest the global setup has compiled it from the current sources (cli-bundle.ts) and each
// call is one `node` process; elsewhere (bench, faults) it runs under tsx as `npm run cli` does.
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(__dirname, '..', '..');
const TSX = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(PROJECT_ROOT, 'electron', 'cli', 'main.ts');

/** Set by the global setup to the compiled CLI (tests/helpers/cli-bundle.ts), inherited by test workers. */
export const CLI_BUNDLE_ENV = 'NOTEBOOK_TEST_CLI_BUNDLE';

/** The program and arguments that run the CLI with `args`. */
function cliCommand(args: readonly string[]): [string, string[]] {
  const bundle = process.env[CLI_BUNDLE_ENV];
  return bundle ? [process.execPath, [bundle, ...args]] : [TSX, [CLI, ...args]];
}

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
    const [program, programArgs] = cliCommand(args);
    const child = spawn(program, programArgs, { cwd: options.cwd ?? PROJECT_ROOT, env: cliEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
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
    const [program, programArgs] = cliCommand([command, '--library', libraryPath]);
    const child = spawn(program, programArgs, {
      cwd: PROJECT_ROOT,
      env: cliEnv(extraEnv),
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: under tsx the server runs in a child process, and a hard stop must reach it too.
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
