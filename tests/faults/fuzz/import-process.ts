// A running import process (children/importer.ts) with a watchdog: each case answers, or the
// process is killed after the time limit (a hang), or it dies on its own (a crash).
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { cliEnv, PROJECT_ROOT } from '../../helpers/cli-process';
import type { ImportCase, ImportOutcome } from '../children/importer-protocol';

const IMPORTER = join(__dirname, '..', 'children', 'importer.ts');
/** A crash is better than the machine swapping: the importer's heap is capped. */
const HEAP_MB = 1536;
const START_LIMIT_MS = 120_000;

export type CaseAnswer = { kind: 'answer'; outcome: ImportOutcome } | { kind: 'hang'; ms: number } | { kind: 'crash'; ms: number; detail: string };

export class ImportProcess {
  private child: ChildProcess | null = null;
  private stderr = '';
  private waiting: ((line: string | null) => void) | null = null;

  private async start(): Promise<void> {
    this.stderr = '';
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', IMPORTER], {
      cwd: PROJECT_ROOT,
      env: cliEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stderr!.on('data', (chunk) => (this.stderr = (this.stderr + String(chunk)).slice(-2000)));
    createInterface({ input: child.stdout! }).on('line', (line) => this.take(line));
    child.on('close', () => {
      if (this.child === child) this.child = null;
      this.take(null);
    });
    const first = await this.next(START_LIMIT_MS);
    if (first !== 'ready') throw new Error(`The import process did not start: ${this.stderr}`);
  }

  private take(line: string | null): void {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.(line);
  }

  /** The next line; null when the process ended; 'timeout' after `ms`. */
  private next(ms: number): Promise<string | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting = null;
        resolve('timeout');
      }, ms);
      this.waiting = (line) => {
        clearTimeout(timer);
        resolve(line);
      };
    });
  }

  async run(task: ImportCase, limitMs: number): Promise<CaseAnswer> {
    if (!this.child) await this.start();
    const started = performance.now();
    this.child!.stdin!.write(`${JSON.stringify(task)}\n`);
    const line = await this.next(limitMs);
    const ms = performance.now() - started;
    if (line === 'timeout') {
      await this.kill();
      return { kind: 'hang', ms };
    }
    if (line === null) return { kind: 'crash', ms, detail: lastLine(this.stderr) };
    return { kind: 'answer', outcome: JSON.parse(line) as ImportOutcome };
  }

  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    const closed = new Promise((resolve) => child.on('close', resolve));
    child.kill('SIGKILL');
    await closed;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    const closed = new Promise((resolve) => child.on('close', resolve));
    child.stdin!.end();
    await closed;
  }
}

function lastLine(text: string): string {
  const lines = text.trim().split('\n');
  return lines.find((line) => /heap out of memory|Error/.test(line)) ?? lines[lines.length - 1] ?? 'no output';
}
