// `import` sends files in batches (clippings.importFiles), never splitting a file, keeps a few
// batches ahead of the one being stored, and fills each file's report only from the answer of the
// batch that holds it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCHES_AHEAD, importPaths } from '../../../../electron/cli/commands/import';
import type { Core } from '../../../../electron/core/core';
import { failure } from '../../../../shared/errors';
import { CLI_IMPORT_BATCH } from '../../../../shared/import-batches';
import { makeTempDir, openTempCore } from '../../../helpers/temp-library';

/** The core with every clippings.importFiles call's file names recorded; `fail` answers that call (0-based) with an error. */
function recordingCore(fail = -1): Core & { batches: string[][] } {
  const core = openTempCore();
  const batches: string[][] = [];
  const dispatch: Core['dispatch'] = async (method, input) => {
    if (method !== 'clippings.importFiles') return core.dispatch(method, input);
    batches.push((input as { files: Array<{ fileName: string }> }).files.map((file) => file.fileName));
    if (batches.length - 1 === fail) return failure('internal', 'The disk is full, so nothing was saved.');
    return core.dispatch(method, input);
  };
  return { ...core, dispatch, batches };
}

const names = (count: number) => Array.from({ length: count }, (_, i) => `f${String(i).padStart(3, '0')}.txt`);

describe('import in batches', () => {
  it('sends at most CLI_IMPORT_BATCH.files files per call and reports every file in order, duplicates across batches included', async () => {
    const dir = makeTempDir('notebook-cli-batch');
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    const files = names(CLI_IMPORT_BATCH.files * 2 + 10);
    files.forEach((name, i) =>
      writeFileSync(join(folder, name), i === files.length - 1 ? 'Report number 0 of the batch.\n' : `Report number ${i} of the batch.\n`),
    );
    writeFileSync(join(folder, 'g-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const core = recordingCore();
    const reports = await importPaths(core, [folder, join(dir, 'missing.txt')]);
    expect(core.batches.map((batch) => batch.length)).toEqual([CLI_IMPORT_BATCH.files, CLI_IMPORT_BATCH.files, 11]);
    expect(reports.map((report) => report.path)).toEqual([...files, 'g-binary.txt'].map((name) => join(folder, name)).concat(join(dir, 'missing.txt')));
    expect(reports.filter((report) => report.ok && report.id !== null)).toHaveLength(files.length - 1);
    expect(reports[files.length - 1]).toMatchObject({ ok: true, id: null, duplicateOf: reports[0]!.id });
    expect(reports[files.length]).toMatchObject({ ok: false, id: null, error: expect.stringMatching(/not a text file/) });
    expect(reports[files.length + 1]!.error).toMatch(/no such file/);
  });

  it('never splits a file, and starts a new batch before CLI_IMPORT_BATCH.bytes would be passed', async () => {
    const dir = makeTempDir('notebook-cli-batch');
    const big = Math.ceil(CLI_IMPORT_BATCH.bytes * 0.6);
    writeFileSync(join(dir, 'a.txt'), `${'alpha '.repeat(Math.ceil(big / 6))}\n`);
    writeFileSync(join(dir, 'b.txt'), `${'beta '.repeat(Math.ceil(big / 5))}\n`);
    writeFileSync(join(dir, 'c.txt'), 'A short note.\n');
    const core = recordingCore();
    const reports = await importPaths(
      core,
      ['a.txt', 'b.txt', 'c.txt'].map((name) => join(dir, name)),
    );
    expect(core.batches).toEqual([['a.txt'], ['b.txt', 'c.txt']]);
    expect(reports.map((report) => report.ok)).toEqual([true, true, true]);
  });

  it('sends BATCHES_AHEAD batches more while the first is unanswered, and no more', async () => {
    const dir = makeTempDir('notebook-cli-batch');
    const files = names(CLI_IMPORT_BATCH.files * (BATCHES_AHEAD + 2));
    files.forEach((name, i) => writeFileSync(join(dir, name), `Dispatch ${i}.\n`));
    const core = openTempCore();
    let release = () => {};
    const firstHeld = new Promise<void>((resolve) => (release = resolve));
    let sent = 0;
    const dispatch: Core['dispatch'] = async (method, input) => {
      if (method === 'clippings.importFiles' && ++sent === 1) await firstHeld;
      return core.dispatch(method, input);
    };
    const importing = importPaths(
      { ...core, dispatch },
      files.map((name) => join(dir, name)),
    );
    await expect.poll(() => sent).toBe(BATCHES_AHEAD + 1);
    // Reading the files for the next batch goes on, but the call waits for the first answer.
    await new Promise((resolve) => setImmediate(resolve));
    const sentWhileHeld = sent;
    release();
    const reports = await importing;
    expect(sentWhileHeld).toBe(BATCHES_AHEAD + 1);
    expect(sent).toBe(BATCHES_AHEAD + 2);
    expect(reports.every((report) => report.ok && report.id !== null)).toBe(true);
  });

  it('reports a failed batch on each of its files, keeping the reports of batches that committed', async () => {
    const dir = makeTempDir('notebook-cli-batch');
    const files = names(CLI_IMPORT_BATCH.files + 1);
    files.forEach((name, i) => writeFileSync(join(dir, name), `Cable ${i}.\n`));
    const core = recordingCore(1);
    const reports = await importPaths(
      core,
      files.map((name) => join(dir, name)),
    );
    expect(reports.slice(0, CLI_IMPORT_BATCH.files).every((report) => report.ok && report.id !== null)).toBe(true);
    expect(reports[CLI_IMPORT_BATCH.files]).toMatchObject({ ok: false, id: null, error: 'The disk is full, so nothing was saved.' });
  });
});
