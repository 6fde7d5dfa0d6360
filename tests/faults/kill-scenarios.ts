// kill -9 at seeded random moments: during a bulk import and during note saves. After each kill the
// library is checked (integrity, originals and their hashes, the full-text index, the derived tables
// against a rebuild) together with every write the killed process acknowledged before it died.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../helpers/seeded-random';
import { startWriter, type WriterLine, type WriterPlan } from './children/writer-protocol';
import { checkLibrary } from './library-check';
import { ScenarioTally, type ScenarioResult } from './scenario';
import { writeArticles } from './text-files';

export interface KillOptions {
  kills: number;
  files: number;
  seed: number;
  /** The latest moment of a kill after the writer is ready. */
  maxDelayMs: number;
}

/** The line of a dead process's stderr that says what went wrong. */
export function errorLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  return lines.find((line) => /Error|heap out of memory/.test(line)) ?? lines[lines.length - 1] ?? 'no output';
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a writer, kills it `delayMs` after it is ready (unless it finished), and says what it acknowledged. */
async function runAndKill(plan: WriterPlan, delayMs: number): Promise<{ lines: WriterLine[]; killed: boolean; problems: string[] }> {
  const writer = startWriter(plan);
  const noteId = await writer.ready;
  if (noteId === '') {
    const exit = await writer.exited;
    return { lines: writer.lines, killed: false, problems: [`the writer did not start: ${exit.stderr.trim().split('\n').pop()}`] };
  }
  await Promise.race([pause(delayMs), writer.exited]);
  const killed = writer.child.kill('SIGKILL');
  const exit = await writer.exited;
  const failed = writer.lines.flatMap((line) => (line.kind === 'failed' ? [`${line.what}: ${line.message}`] : []));
  const crashed = !killed && exit.code !== 0 ? [`the writer exited with ${exit.code}: ${errorLine(exit.stderr)}`] : [];
  return { lines: writer.lines, killed, problems: [...failed, ...crashed] };
}

export async function killDuringImport(options: KillOptions): Promise<ScenarioResult> {
  const tally = new ScenarioTally(`kill -9 during a ${options.files}-file import`);
  const dir = mkdtempSync(join(tmpdir(), 'notebook-kill-import-'));
  const random = seededRandom(options.seed);
  try {
    const files = writeArticles(
      join(dir, 'files'),
      'article',
      Array.from({ length: options.files }, (_, i) => options.seed * 100_000 + i),
    );
    let library = join(dir, 'library-0.sqlite');
    let acknowledged: WriterLine[] = [];
    let midWrite = 0;
    for (let kill = 0; kill < options.kills; kill++) {
      const done = new Set(acknowledged.flatMap((line) => (line.kind === 'imported' ? [line.file] : [])));
      if (done.size === files.length) {
        // Every file is in: the next kills go to a new library.
        library = join(dir, `library-${kill}.sqlite`);
        acknowledged = [];
        done.clear();
      }
      const delay = Math.floor(random() * options.maxDelayMs);
      await tally.run(`kill ${kill + 1} at ${delay} ms`, options.seed, async () => {
        const run = await runAndKill({ library, files: files.filter((file) => !done.has(file)), saves: 0 }, delay);
        if (run.killed) midWrite++;
        acknowledged.push(...run.lines);
        return [...run.problems, ...checkLibrary(library, acknowledged)];
      });
    }
    return tally.result(`${midWrite} of ${options.kills} kills mid-import`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function killDuringSaves(options: KillOptions): Promise<ScenarioResult> {
  const tally = new ScenarioTally('kill -9 during note saves');
  const dir = mkdtempSync(join(tmpdir(), 'notebook-kill-saves-'));
  const random = seededRandom(options.seed + 1);
  try {
    const library = join(dir, 'library.sqlite');
    const acknowledged: WriterLine[] = [];
    for (let kill = 0; kill < options.kills; kill++) {
      const delay = Math.floor(random() * options.maxDelayMs);
      await tally.run(`kill ${kill + 1} at ${delay} ms`, options.seed + 1, async () => {
        const run = await runAndKill({ library, files: [], saves: 1_000_000 }, delay);
        acknowledged.push(...run.lines);
        return [...run.problems, ...checkLibrary(library, acknowledged)];
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return tally.result();
}
