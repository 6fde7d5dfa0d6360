// Concurrent writers: N processes start at once on one new library (so they also race to create
// it), each importing its own files (half of them texts another writer also imports) and saving a
// note after each file. No write may fail, each text is stored once, and the library checks clean.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWriter, type WriterLine } from './children/writer-protocol';
import { checkLibrary } from './library-check';
import { ScenarioTally, type ScenarioResult } from './scenario';
import { writeArticles } from './text-files';

export interface WriterOptions {
  runs: number;
  filesPerWriter: number;
  seed: number;
}

/** Writer w's seeds: its first half shared with writer w+1's second half (round the ring). */
function seedsOf(writer: number, writers: number, perWriter: number, base: number): number[] {
  const half = Math.floor(perWriter / 2);
  const own = (w: number, i: number) => base + w * perWriter + i;
  return Array.from({ length: perWriter }, (_, i) => (i < half ? own((writer + 1) % writers, half + i) : own(writer, i)));
}

async function oneRun(writers: number, options: WriterOptions, run: number): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'notebook-writers-'));
  try {
    const library = join(dir, 'library.sqlite');
    const base = options.seed * 1_000_000 + run * 10_000;
    const seeds = Array.from({ length: writers }, (_, w) => seedsOf(w, writers, options.filesPerWriter, base));
    const running = seeds.map((list, w) => {
      const files = writeArticles(join(dir, `writer-${w}`), `w${w}`, list);
      return startWriter({ library, files, saves: files.length });
    });
    const exits = await Promise.all(running.map((writer) => writer.exited));
    const lines: WriterLine[] = running.flatMap((writer) => writer.lines);
    const problems = lines.flatMap((line) => (line.kind === 'failed' ? [`${line.what}: ${line.message.split('\n')[0]}`] : []));
    exits.forEach((exit, w) => {
      if (exit.code !== 0) problems.push(`writer ${w} exited with ${exit.code ?? exit.signal}: ${exit.stderr.trim().split('\n').pop()}`);
    });
    if (problems.length > 0) return problems;
    const distinct = new Set(seeds.flat()).size;
    const db = new Database(library, { readonly: true });
    const stored = db.prepare('SELECT count(*) FROM clippings').pluck().get() as number;
    db.close();
    if (stored !== distinct) problems.push(`${stored} clippings stored for ${distinct} distinct texts`);
    return [...problems, ...checkLibrary(library, lines)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function concurrentWriters(writers: number, options: WriterOptions): Promise<ScenarioResult> {
  const tally = new ScenarioTally(`${writers} concurrent writers (${options.filesPerWriter} files + saves each)`);
  for (let run = 0; run < options.runs; run++) {
    await tally.run(`run ${run + 1}`, options.seed, () => oneRun(writers, options, run));
  }
  return tally.result();
}
