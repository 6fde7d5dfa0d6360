// Drives library-opener-child.ts: a real process that opens libraries when told to, optionally as
// another user (how a root test run meets a folder it cannot write to).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { cliEnv, PROJECT_ROOT } from '../../../helpers/cli-process';
import type { OpenAnswer } from './library-opener-child';

const TSX = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const CHILD = join(__dirname, 'library-opener-child.ts');

export interface Opener {
  open(path: string): Promise<OpenAnswer>;
  stop(): void;
}

/** Starts a child and resolves once it has loaded the core, so that each open starts at once. */
export function startOpener(user?: { uid: number; gid: number }): Promise<Opener> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [CHILD], { cwd: PROJECT_ROOT, env: cliEnv(), stdio: ['pipe', 'pipe', 'pipe'], ...user });
    const waiting: Array<(answer: OpenAnswer) => void> = [];
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`the opener exited with ${code}: ${stderr}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'ready') {
        resolve({
          open: (path) =>
            new Promise((answered) => {
              waiting.push(answered);
              child.stdin.write(`open ${path}\n`);
            }),
          stop: () => child.stdin.end(),
        });
        return;
      }
      waiting.shift()?.(JSON.parse(line) as OpenAnswer);
    });
  });
}
