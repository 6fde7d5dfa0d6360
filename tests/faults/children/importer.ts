// The fuzz's import process: opens a library of its own, then for each JSON line on stdin imports
// that file through the core (as every door does) and answers one JSON line with the outcome.
// The parent's watchdog kills it when a file takes too long; a crash ends it. Either way the
// parent starts another for the remaining cases.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { openCore } from '../../../electron/core/core';
import type { ImportResult } from '../../../shared/domain';
import { writeLine } from './write-line';
import { garbageShare, type ImportCase, type ImportOutcome } from './importer-protocol';

const dir = mkdtempSync(join(tmpdir(), 'notebook-fuzz-'));
const core = openCore(join(dir, 'library.sqlite'), { logError: () => {} });
process.on('exit', () => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

async function importCase(task: ImportCase): Promise<ImportOutcome> {
  const started = performance.now();
  const result = await core.dispatch('clippings.importFile', { fileName: basename(task.fileName), contentBase64: readFileSync(task.path).toString('base64') });
  const ms = performance.now() - started;
  if (!result.ok) return { id: task.id, ms, outcome: 'error', code: result.error.code, message: result.error.message, garbage: 0 };
  const { clipping, duplicateOf } = result.value as ImportResult;
  if (!clipping) return { id: task.id, ms, outcome: 'duplicate', code: null, message: `duplicate of ${duplicateOf}`, garbage: 0 };
  return { id: task.id, ms, outcome: 'clipping', code: null, message: clipping.text.slice(0, 80), garbage: garbageShare(clipping.text) };
}

// One case at a time, in order: the parent times each one.
let queue = Promise.resolve();
const input = createInterface({ input: process.stdin });
input.on('line', (line) => {
  const task = JSON.parse(line) as ImportCase;
  queue = queue.then(async () => writeLine(JSON.stringify(await importCase(task))));
});
input.on('close', () => void queue.then(() => process.exit(0)));
writeLine('ready');
