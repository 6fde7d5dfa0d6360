// clippings.importFiles: several files in one write transaction, each file isolated in its own savepoint.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createClippingsHandlers } from '../../../../electron/core/clippings/handlers';
import { createContext } from '../../../../electron/core/context';
import { openLibrary } from '../../../../electron/core/db/open-library';
import type { ImportFilesResult, ImportResult } from '../../../../shared/domain';
import { NotebookError, type ApiResult } from '../../../../shared/errors';
import { MAX_IMPORT_BATCH_FILES } from '../../../../shared/limits';
import { errorOf, makeTempDir, openTempCore, valueOf } from '../../../helpers/temp-library';

const file = (fileName: string, bytes: Buffer | string) => ({ fileName, contentBase64: Buffer.from(bytes).toString('base64') });

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
/** 300 distinct words; changing the last one keeps word 5-shingle Jaccard far above 0.8. */
const REPORT = Array.from({ length: 300 }, (_, i) => `word${i}`).join(' ');
const NEAR_REPORT = `${REPORT.slice(0, REPORT.lastIndexOf(' '))} changed`;

function counts(libraryPath: string): { clippings: number; originals: number; lsh: number } {
  const db = new Database(libraryPath, { readonly: true });
  try {
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    return { clippings: count('clippings'), originals: count('originals'), lsh: count('clipping_lsh') };
  } finally {
    db.close();
  }
}

const stored = (result: ApiResult<ImportResult> | undefined) => {
  if (!result?.ok || !result.value.clipping) throw new Error(`expected a stored clipping, got ${JSON.stringify(result)}`);
  return result.value.clipping;
};

describe('clippings.importFiles', () => {
  it('answers each file in input order: stored, refused, duplicate and near-duplicate of earlier files of the same batch', async () => {
    const core = openTempCore();
    const { results } = valueOf(
      await core.dispatch('clippings.importFiles', {
        files: [file('report.txt', REPORT), file('image.txt', PNG), file('empty.txt', ''), file('copy.txt', REPORT), file('near.txt', NEAR_REPORT)],
      }),
    ) as ImportFilesResult;
    expect(results).toHaveLength(5);
    const first = stored(results[0]);
    expect(first).toMatchObject({ sourceName: 'report.txt', text: REPORT, nearDuplicateOf: null });
    expect(results[1]).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'contentBase64' } });
    expect(results[2]).toEqual({ ok: false, error: { code: 'invalid_input', message: 'empty.txt is empty, so it was not imported.', field: 'contentBase64' } });
    expect(results[3]).toEqual({ ok: true, value: { clipping: null, duplicateOf: first.id, nearDuplicateOf: null } });
    expect(stored(results[4])).toMatchObject({ sourceName: 'near.txt', nearDuplicateOf: { id: first.id } });
    expect(results[4]).toMatchObject({ value: { nearDuplicateOf: first.id } });
    core.close();
    expect(counts(core.libraryPath)).toEqual({ clippings: 2, originals: 2, lsh: 40 });
  });

  it('gives a refused file the same error importFile gives it', async () => {
    const core = openTempCore();
    const batch = valueOf(await core.dispatch('clippings.importFiles', { files: [file('image.txt', PNG), file('report.xyz', 'x')] })) as ImportFilesResult;
    const alone = [
      errorOf(await core.dispatch('clippings.importFile', file('image.txt', PNG))),
      errorOf(await core.dispatch('clippings.importFile', file('report.xyz', 'x'))),
    ];
    expect(batch.results).toEqual(alone.map((error) => ({ ok: false, error })));
    expect(alone[0]!.message).toMatch(/binary/);
  });

  it('sees files stored by earlier calls, and importFile sees files stored by a batch', async () => {
    const core = openTempCore();
    const { results } = valueOf(await core.dispatch('clippings.importFiles', { files: [file('a.txt', 'alpha text')] })) as ImportFilesResult;
    const a = stored(results[0]);
    expect(valueOf(await core.dispatch('clippings.importFile', file('again.txt', 'alpha text')))).toEqual({
      clipping: null,
      duplicateOf: a.id,
      nearDuplicateOf: null,
    });
  });

  it('refuses an empty batch and one over MAX_IMPORT_BATCH_FILES files, storing nothing', async () => {
    const core = openTempCore();
    expect(errorOf(await core.dispatch('clippings.importFiles', { files: [] }))).toMatchObject({ code: 'invalid_input', field: 'files' });
    const tooMany = Array.from({ length: MAX_IMPORT_BATCH_FILES + 1 }, (_, i) => file(`f${i}.txt`, `text ${i}`));
    const error = errorOf(await core.dispatch('clippings.importFiles', { files: tooMany }));
    expect(error).toMatchObject({ code: 'invalid_input', field: 'files' });
    expect(error.message).toContain(String(MAX_IMPORT_BATCH_FILES));
    expect(errorOf(await core.dispatch('clippings.importFiles', { files: [file('', 'x')] }))).toMatchObject({
      code: 'invalid_input',
      field: 'files.0.fileName',
    });
    core.close();
    expect(counts(core.libraryPath).clippings).toBe(0);
  });

  it('stores nothing of the batch when the library fails under it (a failing insert aborts the one transaction)', async () => {
    const core = openTempCore();
    const db = new Database(core.libraryPath);
    db.exec(
      `CREATE TRIGGER refuse_poison BEFORE INSERT ON clippings WHEN NEW.source_name = 'poison.txt' BEGIN SELECT RAISE(ABORT, 'simulated disk trouble'); END`,
    );
    db.close();
    const error = errorOf(
      await core.dispatch('clippings.importFiles', { files: [file('a.txt', 'alpha text'), file('b.txt', 'beta text'), file('poison.txt', 'gamma text')] }),
    );
    expect(error.code).toBe('internal');
    core.close();
    expect(counts(core.libraryPath)).toEqual({ clippings: 0, originals: 0, lsh: 0 });
  });
});

describe('clippings.importFiles transactions', () => {
  /** The clippings handlers on a library whose write transactions are counted and whose insert can be made to refuse a file. */
  function countedHandlers(refuse: string) {
    const library = openLibrary(join(makeTempDir('notebook-batch'), 'library.sqlite'));
    onTestFinished(() => library.close());
    const ctx = createContext(library.db, { libraryPath: library.path });
    const outermost = { count: 0 };
    const write = ctx.write;
    const counted: typeof write = Object.assign(
      <A extends unknown[], R>(fn: (...args: A) => R) => {
        const wrapped = write(fn);
        return (...args: A) => {
          if (!library.db.inTransaction) outermost.count += 1;
          return wrapped(...args);
        };
      },
      { bulk: write.bulk },
    );
    ctx.write = counted;
    const insert = ctx.stores.clippings.insert;
    ctx.stores.clippings.insert = (row) => {
      if (row.sourceName === refuse) throw new NotebookError('conflict', `${refuse} was refused after its original was written.`);
      return insert(row);
    };
    return { handlers: createClippingsHandlers(ctx), outermost, db: library.db };
  }

  it('commits a batch as one write transaction', async () => {
    const { handlers, outermost, db } = countedHandlers('none');
    const files = [file('a.txt', 'alpha text'), file('b.txt', 'beta text'), file('c.txt', 'gamma text')];
    const { results } = await handlers['clippings.importFiles']({ files });
    expect(outermost.count).toBe(1);
    expect(results.map((result) => result.ok)).toEqual([true, true, true]);
    expect(db.prepare('SELECT count(*) FROM clippings').pluck().get()).toBe(3);
  });

  it('stores the batch again without a file refused while being stored: the others stored once, nothing of it left', async () => {
    const { handlers, outermost, db } = countedHandlers('late.txt');
    const files = [file('a.txt', 'alpha text'), file('late.txt', 'late text'), file('c.txt', 'gamma text')];
    const { results } = await handlers['clippings.importFiles']({ files });
    // The first try rolled back at late.txt; the second stored a.txt and c.txt.
    expect(outermost.count).toBe(2);
    expect(results.map((result) => result.ok)).toEqual([true, false, true]);
    expect(results[1]).toEqual({ ok: false, error: { code: 'conflict', message: 'late.txt was refused after its original was written.' } });
    const sources = db.prepare('SELECT source_name FROM clippings ORDER BY source_name').pluck().all();
    expect(sources).toEqual(['a.txt', 'c.txt']);
    expect(db.prepare('SELECT count(*) FROM originals').pluck().get()).toBe(2);
  });

  it('keeps importFile one write transaction per file', async () => {
    const { handlers, outermost } = countedHandlers('none');
    await handlers['clippings.importFile'](file('a.txt', 'alpha text'));
    await handlers['clippings.importFile'](file('b.txt', 'beta text'));
    expect(outermost.count).toBe(2);
  });
});
