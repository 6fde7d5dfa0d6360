// What the fault tests check in a library after writers crashed or raced: SQLite's own integrity
// check, foreign keys, every original against its SHA-256, the full-text index against its content,
// the derived tables against a rebuild of them, and every write a writer acknowledged.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../../electron/core/core';
import { fillPhraseIndexQueue, tokenCounts } from '../helpers/phrase-index';
import type { WriterLine } from './children/writer-protocol';

const DERIVED = {
  note_entities: 'SELECT note_id, entity_id FROM note_entities ORDER BY 1, 2',
  note_passages: 'SELECT note_id, passage_id FROM note_passages ORDER BY 1, 2',
  clipping_minhash: 'SELECT c.id, hex(m.signature) FROM clipping_minhash m LEFT JOIN clippings c ON c.rowid = m.clipping_rowid ORDER BY 1',
  clipping_lsh: 'SELECT l.band, l.bucket, c.id FROM clipping_lsh l LEFT JOIN clippings c ON c.rowid = l.clipping_rowid ORDER BY 3, 1',
  text_hash: 'SELECT id, text_hash FROM clippings ORDER BY id',
};

type Snapshot = Record<string, string>;

function derivedSnapshot(db: Database.Database): Snapshot {
  return Object.fromEntries(Object.entries(DERIVED).map(([name, sql]) => [name, JSON.stringify(db.prepare(sql).raw().all())]));
}

function storageProblems(db: Database.Database): string[] {
  const problems: string[] = [];
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
  const foreign = db.pragma('foreign_key_check') as unknown[];
  if (foreign.length > 0) problems.push(`foreign_key_check: ${foreign.length} rows break a foreign key`);
  for (const row of db.prepare('SELECT sha256, bytes, byte_length FROM originals').iterate() as Iterable<{
    sha256: string;
    bytes: Buffer;
    byte_length: number;
  }>) {
    const actual = createHash('sha256').update(row.bytes).digest('hex');
    if (actual !== row.sha256 || row.bytes.length !== row.byte_length) problems.push(`original ${row.sha256} does not match its hash or length`);
  }
  const orphans = db.prepare('SELECT count(*) FROM clippings WHERE sha256 NOT IN (SELECT sha256 FROM originals)').pluck().get() as number;
  if (orphans > 0) problems.push(`${orphans} clippings without their original`);
  try {
    // With rank 1, FTS5 also compares the index with the rows it was built from (clippings among them).
    db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)").run();
  } catch (error) {
    problems.push(`full-text index: ${(error as Error).message}`);
  }
  return [...problems, ...phraseIndexProblems(db)];
}

/**
 * The next-word index (search_pairs): every row of the index is either queued or has its pairs,
 * never both, and no pairs outlive their row; once the queue is filled, each row's pairs hold as
 * many tokens per column as the index does.
 */
function phraseIndexProblems(db: Database.Database): string[] {
  const problems: string[] = [];
  try {
    db.prepare("INSERT INTO search_pairs (search_pairs, rank) VALUES ('integrity-check', 1)").run();
  } catch (error) {
    problems.push(`next-word index: ${(error as Error).message}`);
  }
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  const neither = count(`SELECT count(*) FROM search_source s WHERE NOT EXISTS (SELECT 1 FROM search_pairs_pending p WHERE p.doc = s.doc)
    AND NOT EXISTS (SELECT 1 FROM search_pairs_docsize z WHERE z.id = s.doc)`);
  const both = count('SELECT count(*) FROM search_pairs_pending p JOIN search_pairs_docsize z ON z.id = p.doc');
  const orphans = count('SELECT count(*) FROM search_pairs_docsize z WHERE NOT EXISTS (SELECT 1 FROM search_source s WHERE s.doc = z.id)');
  if (neither > 0) problems.push(`next-word index: ${neither} rows of the index are neither queued nor filled`);
  if (both > 0) problems.push(`next-word index: ${both} rows are queued and filled at once`);
  if (orphans > 0) problems.push(`next-word index: ${orphans} rows have pairs but are no longer in the index`);
  fillPhraseIndexQueue(db, 100, 64);
  const sizes = (table: 'search_index' | 'search_pairs') => new Map(tokenCounts(db, table).map(([id, ...counts]) => [id!, counts.join()]));
  const index = sizes('search_index');
  const filled = sizes('search_pairs');
  const differing = [...index].filter(([id, size]) => filled.get(id) !== size).length + [...filled.keys()].filter((id) => !index.has(id)).length;
  if (differing > 0) problems.push(`next-word index: ${differing} rows' pairs differ from the index's tokens once filled`);
  return problems;
}

function acknowledgedProblems(db: Database.Database, acknowledged: readonly WriterLine[]): string[] {
  const problems: string[] = [];
  const clipping = db.prepare('SELECT 1 FROM clippings WHERE id = ?').pluck();
  const note = db.prepare('SELECT revision, content FROM notes WHERE id = ?');
  const lastSave = new Map<string, number>();
  for (const line of acknowledged) {
    if (line.kind === 'imported') {
      const id = line.id ?? line.duplicateOf;
      if (id === null || clipping.get(id) === undefined) problems.push(`acknowledged import of ${line.file} (${id}) is missing`);
    }
    if (line.kind === 'saved') lastSave.set(line.noteId, Math.max(lastSave.get(line.noteId) ?? 0, line.revision));
  }
  for (const [noteId, revision] of lastSave) {
    const row = note.get(noteId) as { revision: number; content: string } | undefined;
    if (!row) problems.push(`note ${noteId} with acknowledged saves is missing`);
    else if (row.revision < revision) problems.push(`note ${noteId} is at revision ${row.revision}; revision ${revision} was acknowledged`);
    else if (!row.content.includes(`Saved as revision ${row.revision}.`))
      problems.push(`note ${noteId} at revision ${row.revision} holds another revision's content`);
  }
  return problems;
}

/**
 * Checks a copy of the library (the original is left as the writers left it): opened by the app as
 * after a crash, checked, then repaired, and the derived tables compared with what they held.
 */
export function checkLibrary(libraryPath: string, acknowledged: readonly WriterLine[] = []): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'notebook-fault-check-'));
  try {
    const copy = join(dir, 'library.sqlite');
    copyFileSync(libraryPath, copy);
    if (existsSync(`${libraryPath}-wal`)) copyFileSync(`${libraryPath}-wal`, `${copy}-wal`);
    const core = openCore(copy, { logError: () => {} });
    core.close();
    const db = new Database(copy);
    try {
      const problems = [...storageProblems(db), ...acknowledgedProblems(db, acknowledged)];
      const before = derivedSnapshot(db);
      db.close();
      const repairing = openCore(copy, { logError: () => {} });
      repairing.repair();
      repairing.close();
      const rebuilt = new Database(copy, { readonly: true });
      const after = derivedSnapshot(rebuilt);
      rebuilt.close();
      for (const name of Object.keys(DERIVED)) if (before[name] !== after[name]) problems.push(`${name} differs from its rebuild`);
      return problems;
    } finally {
      if (db.open) db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
