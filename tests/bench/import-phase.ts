// One phase of the import bench, run by import.bench.ts in a fresh Node process of its own so that
// its peak memory (maxRSS) is its own: `tsx tests/bench/import-phase.ts <phase> <dir>`. Prints one
// line of JSON: { count, ms, cpuMs, maxRssBytes }.
import Database from 'better-sqlite3';
import { PAIR_FILL_TIMING } from '../../electron/core/search/phrase-pairs-fill';
import { fillPhraseIndexQueue } from '../helpers/phrase-index';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openCore, type Core } from '../../electron/core/core';
import { importPaths } from '../../electron/cli/commands/import';
import { createClient } from '../../shared/client';
import { CLI_IMPORT_BATCH } from '../../shared/import-batches';

/** Files per clippings.importFiles call in 'import-batches': as many as the command line sends. */
export const IMPORT_BATCH_FILES = CLI_IMPORT_BATCH.files;

export const PHASES = [
  'idle',
  'import-files',
  'import-batches',
  'import-batches-unindexed',
  'fill-phrase-index',
  'raw-insert',
  'import-one',
  'show-one',
  'import-folder',
] as const;
export type Phase = (typeof PHASES)[number];

export interface PhaseResult {
  count: number;
  ms: number;
  cpuMs: number;
  maxRssBytes: number;
}

// The phases, each given a folder that holds `library.sqlite` and `files/` (made by the parent).
const RUN: Record<Phase, (dir: string) => Promise<number>> = {
  /** Opens the library and does nothing: the floor every other phase stands on. */
  idle: async (dir) => withCore(dir, async () => 0),
  /** Each file through clippings.importFile, one transaction each, as the doors send them. */
  'import-files': async (dir) =>
    withCore(dir, async (core) => {
      const files = encodedFiles(dir);
      await warmUp(core);
      return importEach(core, files);
    }),
  /** The same files through clippings.importFiles, IMPORT_BATCH_FILES per call (one transaction each), the next sent before the previous answers. */
  'import-batches': async (dir) => withCore(dir, importBatches),
  /**
   * The same into a scratch library whose clippings are not full-text indexed: search_index and
   * search_titles replaced by plain tables of the same columns (the store writes a clipping's entries
   * there unindexed), their triggers dropped, and plain tables in place of the FTS5 shadow tables
   * the core's searches prepare statements on when it opens. What indexing costs an import (issue
   * 12's 20 % budget).
   */
  'import-batches-unindexed': async (dir) => {
    openCore(join(dir, 'library.sqlite')).close();
    const db = new Database(join(dir, 'library.sqlite'));
    const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%search_%'").pluck().all() as string[];
    for (const name of triggers) db.exec(`DROP TRIGGER ${name}`);
    db.exec(`
      DROP TABLE search_index; DROP TABLE search_titles;
      CREATE TABLE search_index (search_index, rank, kind, item_id, title, body, extra, keys);
      CREATE TABLE search_titles (search_titles, rank, title);
      CREATE TABLE search_index_data (id INTEGER PRIMARY KEY, block BLOB);
      CREATE TABLE search_index_docsize (id INTEGER PRIMARY KEY, sz BLOB);`);
    db.close();
    return withCore(dir, importBatches);
  },
  /**
   * After an import-batches phase in the same folder: the next-word index for phrases filled for the
   * rows the import queued, in the slices the app fills it in the background (phrase-pairs-fill.ts).
   */
  'fill-phrase-index': async (dir) => {
    const db = new Database(join(dir, 'library.sqlite'));
    try {
      return fillPhraseIndexQueue(db, PAIR_FILL_TIMING.sliceMs, 8);
    } finally {
      db.close();
    }
  },
  /** The naive way: the same texts as bare INSERTs into a bare table, in one transaction. */
  'raw-insert': async (dir) => {
    const folder = join(dir, 'files');
    const texts = readdirSync(folder)
      .sort()
      .map((name) => readFileSync(join(folder, name), 'utf8'));
    const db = new Database(join(dir, 'naive.sqlite'));
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE IF NOT EXISTS clippings (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO clippings (text) VALUES (?)');
    db.transaction(() => {
      for (const text of texts) insert.run(text);
    })();
    db.close();
    return texts.length;
  },
  /** The one big file in files/ imported through clippings.importFile (no warm-up: one worker, as in use). */
  'import-one': async (dir) => withCore(dir, (core) => importEach(core, encodedFiles(dir))),
  /** Showing the clipping the library holds: clippings.get and its JSON answer, as a door sends it. */
  'show-one': async (dir) =>
    withCore(dir, async (core) => {
      const list = await createClient(core.dispatch).call('clippings.list', {});
      if (!list.ok || list.value.items.length !== 1) throw new Error('expected a library of one clipping');
      const shown = await core.dispatch('clippings.get', { id: list.value.items[0]!.id });
      if (!shown.ok) throw new Error(shown.error.message);
      return JSON.stringify(shown).length > 0 ? 1 : 0;
    }),
  /** The command line's folder import (`notebook import <folder>`). */
  'import-folder': async (dir) =>
    withCore(dir, async (core) => {
      await warmUp(core);
      const reports = await importPaths(core, [join(dir, 'files')]);
      const failed = reports.find((report) => !report.ok);
      if (failed) throw new Error(failed.error ?? 'import failed');
      return reports.length;
    }),
};

/**
 * Each file of files/ as a door sends it (name and base64 content), read and encoded before the
 * clock starts: the rate phases measure the core, not this client's reading and encoding (which
 * took about a third of a millisecond a file in the core's own process).
 */
function encodedFiles(dir: string): Array<{ fileName: string; contentBase64: string }> {
  const folder = join(dir, 'files');
  return readdirSync(folder)
    .sort()
    .map((fileName) => ({ fileName, contentBase64: readFileSync(join(folder, fileName)).toString('base64') }));
}

/**
 * The files through clippings.importFiles, IMPORT_BATCH_FILES per call: one transaction per batch;
 * how many. Each call is sent before the previous one answers, as the command line sends them, so
 * the core parses one batch while it stores the one before.
 */
async function importBatches(core: Core, dir: string): Promise<number> {
  const files = encodedFiles(dir);
  await warmUp(core);
  const client = createClient(core.dispatch);
  const send = async (batch: typeof files) => {
    const answer = await client.call('clippings.importFiles', { files: batch });
    if (!answer.ok) throw new Error(answer.error.message);
    const failed = answer.value.results.findIndex((result) => !result.ok);
    if (failed >= 0) throw new Error(`${batch[failed]!.fileName}: ${JSON.stringify(answer.value.results[failed])}`);
  };
  let previous: Promise<void> = Promise.resolve();
  for (let start = 0; start < files.length; start += IMPORT_BATCH_FILES) {
    const sent = send(files.slice(start, start + IMPORT_BATCH_FILES));
    await previous;
    previous = sent;
  }
  await previous;
  return files.length;
}

/** Each file through clippings.importFile, one call after another; how many. */
async function importEach(core: Core, files: ReadonlyArray<{ fileName: string; contentBase64: string }>): Promise<number> {
  for (const file of files) {
    const result = await core.dispatch('clippings.importFile', file);
    if (!result.ok) throw new Error(`${file.fileName}: ${result.error.message}`);
  }
  return files.length;
}

/** When the phase's clock started: at the phase's start, or once the phase has warmed up (restartClock). */
const clock = { wall: 0, cpu: process.cpuUsage() };

function restartClock(): void {
  clock.wall = performance.now();
  clock.cpu = process.cpuUsage();
}

/**
 * Starts the parse workers and loads the import code, then restarts the clock, as the pages row
 * reads one page first: two binary .txt files, refused by the workers, store nothing. Run from
 * sources, each worker first registers tsx and compiles the importers (about a second of CPU on this
 * machine), which the built app's bundled worker does not.
 */
async function warmUp(core: Core): Promise<void> {
  const binary = Buffer.from([0, 1, 2, 0, 0xff, 0]).toString('base64');
  const files = [1, 2].map((n) => ({ fileName: `warm-up-${n}.txt`, contentBase64: binary }));
  const answer = await createClient(core.dispatch).call('clippings.importFiles', { files });
  if (!answer.ok || answer.value.results.some((result) => result.ok)) throw new Error('the warm-up files were expected to be refused');
  restartClock();
}

async function withCore(dir: string, run: (core: Core, dir: string) => Promise<number>): Promise<number> {
  const core = openCore(join(dir, 'library.sqlite'), { logError: (method, error) => console.error(method, error) });
  try {
    return await run(core, dir);
  } finally {
    core.close();
  }
}

async function main([phase, dir]: string[]): Promise<void> {
  if (!PHASES.includes(phase as Phase) || !dir) throw new Error(`usage: import-phase.ts <${PHASES.join('|')}> <dir>`);
  restartClock();
  const count = await RUN[phase as Phase](dir);
  const ms = performance.now() - clock.wall;
  const cpu = process.cpuUsage(clock.cpu);
  const result: PhaseResult = { count, ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssBytes: process.resourceUsage().maxRSS * 1024 };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
