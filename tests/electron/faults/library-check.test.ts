// The fault suite's library check must be able to fail: each kind of damage it looks for, made by
// hand in a library, is reported; a clean library reports nothing.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/core';
import type { ImportResult, Note } from '../../../shared/domain';
import { noteContentFor, type WriterLine } from '../../faults/children/writer-protocol';
import { checkLibrary } from '../../faults/library-check';
import { articleFor } from '../../faults/text-files';
import { makeTempDir, valueOf } from '../../helpers/temp-library';

interface Made {
  path: string;
  acknowledged: WriterLine[];
}

async function makeLibrary(): Promise<Made> {
  const path = join(makeTempDir('notebook-check'), 'library.sqlite');
  const core = openCore(path, { logError: () => {} });
  const acknowledged: WriterLine[] = [];
  for (const seed of [1, 2, 3]) {
    const { clipping } = valueOf(await core.dispatch('clippings.create', { text: articleFor(seed) })) as ImportResult;
    acknowledged.push({ kind: 'imported', file: `article-${seed}.txt`, id: clipping!.id, duplicateOf: null });
  }
  const note = valueOf(await core.dispatch('notes.create', { title: 'Fault note' })) as Note;
  const saved = valueOf(
    await core.dispatch('notes.save', { id: note.id, revision: note.revision, title: 'Fault note', content: noteContentFor(note.revision + 1) }),
  );
  acknowledged.push({ kind: 'saved', noteId: note.id, revision: (saved as { revision: number }).revision });
  core.close();
  return { path, acknowledged };
}

function tamper(path: string, sql: string): void {
  const db = new Database(path);
  db.exec(sql);
  db.close();
}

describe('the fault suite’s library check', () => {
  it('finds nothing wrong in a library the app wrote', async () => {
    const { path, acknowledged } = await makeLibrary();
    expect(checkLibrary(path, acknowledged)).toEqual([]);
  });

  it('reports an acknowledged import or save that is not there', async () => {
    const { path, acknowledged } = await makeLibrary();
    const saved = acknowledged.find((line) => line.kind === 'saved')!;
    const claims: WriterLine[] = [
      ...acknowledged,
      { kind: 'imported', file: 'lost.txt', id: 'no-such-clipping', duplicateOf: null },
      { ...saved, revision: saved.kind === 'saved' ? saved.revision + 1 : 0 } as WriterLine,
    ];
    const problems = checkLibrary(path, claims);
    expect(problems).toEqual([expect.stringMatching(/lost\.txt .* is missing/), expect.stringMatching(/revision \d+ was acknowledged/)]);
  });

  it('reports an original whose bytes no longer match its SHA-256', async () => {
    const { path } = await makeLibrary();
    tamper(path, "UPDATE originals SET bytes = CAST('changed' AS BLOB) WHERE rowid = 1");
    expect(checkLibrary(path)).toEqual([expect.stringMatching(/does not match its hash/)]);
  });

  it('reports a full-text index that lost a clipping', async () => {
    const { path } = await makeLibrary();
    tamper(
      path,
      "INSERT INTO search_index (search_index, rowid, kind, item_id, title, body, extra, keys) SELECT 'delete', * FROM search_source WHERE kind = 'clipping' LIMIT 1",
    );
    // The next-word index, filled from the clippings, then holds a row the index lost.
    expect(checkLibrary(path)).toEqual([expect.stringMatching(/full-text index/), expect.stringMatching(/1 rows' pairs differ from the index's tokens/)]);
  });

  it('reports a derived table that differs from its rebuild', async () => {
    const { path } = await makeLibrary();
    tamper(path, 'DELETE FROM clipping_lsh WHERE band = 0');
    expect(checkLibrary(path)).toEqual(['clipping_lsh differs from its rebuild']);
  });

  it('reports a row of the index that the next-word index neither queued nor filled', async () => {
    const { path } = await makeLibrary();
    tamper(path, 'DELETE FROM search_pairs_pending WHERE doc = (SELECT min(doc) FROM search_pairs_pending)');
    expect(checkLibrary(path)).toEqual([
      expect.stringMatching(/1 rows of the index are neither queued nor filled/),
      expect.stringMatching(/1 rows' pairs differ from the index's tokens/),
    ]);
  });

  it('reports pairs of a row that is no longer in the index', async () => {
    const { path } = await makeLibrary();
    tamper(path, "INSERT INTO search_pairs (rowid, title, body, extra, keys) VALUES (999999, 'lost_', '', '', '')");
    expect(checkLibrary(path)).toEqual([
      expect.stringMatching(/1 rows have pairs but are no longer in the index/),
      expect.stringMatching(/1 rows' pairs differ from the index's tokens/),
    ]);
  });
});
