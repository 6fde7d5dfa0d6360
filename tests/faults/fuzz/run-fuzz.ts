// The mutation fuzz of one importer: N seeded mutations of its seed files, each imported through
// the core in a child process with a watchdog. The outcome must be a clear per-file error or a
// clipping: never a crash, a hang over the limit, an internal error, or a clipping of garbage text.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { seededRandom } from '../../helpers/seeded-random';
import { ScenarioTally, type ScenarioResult } from '../scenario';
import { ImportProcess, type CaseAnswer } from './import-process';
import { mutate } from './mutations';
import { FUZZED_IMPORTERS, seedFiles, type FuzzedImporter } from './seeds';

/** More than half of a clipping's visible characters being control or U+FFFD is garbage. */
const GARBAGE_LIMIT = 0.5;

export interface FuzzOptions {
  cases: number;
  seed: number;
  watchdogMs: number;
}

/** The seed that makes case `index` of `importer` (printed with a failure, to reproduce it). */
export function caseSeed(base: number, importer: FuzzedImporter, index: number): number {
  return (base * 1_000_003 + FUZZED_IMPORTERS.indexOf(importer) * 100_003 + index) >>> 0;
}

function problemsOf(answer: CaseAnswer, watchdogMs: number): string[] {
  if (answer.kind === 'hang') return [`hang: no answer within ${watchdogMs / 1000} s (killed)`];
  if (answer.kind === 'crash') return [`crash: ${answer.detail}`];
  const { outcome } = answer;
  if (outcome.outcome === 'error' && outcome.code === 'internal') return [`internal error: ${outcome.message}`];
  if (outcome.outcome === 'error' && outcome.message.trim() === '') return ['an error without a message'];
  if (outcome.outcome === 'clipping' && outcome.garbage > GARBAGE_LIMIT) {
    return [`garbage text: ${Math.round(outcome.garbage * 100)}% control or U+FFFD characters (${JSON.stringify(outcome.message.slice(0, 40))})`];
  }
  return [];
}

export async function fuzzImporter(importer: FuzzedImporter, options: FuzzOptions): Promise<ScenarioResult> {
  const tally = new ScenarioTally(`fuzz ${importer}`);
  const seeds = seedFiles(importer);
  if (seeds.length === 0) return tally.result('skipped: the corpus folder with its seed files is missing');
  const dir = mkdtempSync(join(tmpdir(), `notebook-fuzz-${importer}-`));
  const importer$ = new ImportProcess();
  const outcomes = { clipping: 0, duplicate: 0, error: 0 };
  try {
    for (let index = 0; index < options.cases; index++) {
      const seed = caseSeed(options.seed, importer, index);
      const source = seeds[index % seeds.length]!;
      const mutation = mutate(source.bytes, seededRandom(seed), importer === 'docx');
      const fileName = `case-${index}${extname(source.name)}`;
      const path = join(dir, fileName);
      writeFileSync(path, mutation.bytes);
      const answer = await importer$.run({ id: index, fileName, path }, options.watchdogMs);
      if (answer.kind === 'answer') outcomes[answer.outcome.outcome]++;
      const ms = answer.kind === 'answer' ? answer.outcome.ms : answer.ms;
      const problems = problemsOf(answer, options.watchdogMs);
      tally.record(`${source.name} ${mutation.kind} (${mutation.detail})`, seed, ms, problems);
    }
  } finally {
    await importer$.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return tally.result(`${outcomes.clipping} clippings, ${outcomes.duplicate} duplicates, ${outcomes.error} file errors`);
}
