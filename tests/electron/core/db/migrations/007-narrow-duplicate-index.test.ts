// Migration 7 moves the near-duplicate index to tables keyed by the clipping's rowid: every row of a
// version-5 library's index must come across, equal to what a rebuild (cli repair) now makes.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createDuplicateIndex } from '../../../../../electron/core/clippings/duplicates';
import { createClippingsStore } from '../../../../../electron/core/clippings/store';
import { migrate } from '../../../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../../../electron/core/db/migrations';
import { rebuildDuplicateIndex } from '../../../../../electron/core/db/migrations/003-duplicate-index';
import { articleText, articleWords } from '../../../../helpers/articles';
import { makeTempDir } from '../../../../helpers/temp-library';

/** A library at version 5 holding `texts` (each its own clipping, ids in reverse of rowid order), indexed as version 5 did. */
function libraryAtVersion5(texts: readonly string[]): Database.Database {
  const db = new Database(join(makeTempDir(), 'v5.sqlite'));
  onTestFinished(() => {
    db.close();
  });
  migrate(
    db,
    MIGRATIONS.filter((migration) => migration.version <= 5),
  );
  const insertOriginal = db.prepare("INSERT OR IGNORE INTO originals (sha256, bytes, byte_length, media_type) VALUES (?, ?, ?, 'text/plain')");
  const insertClipping = db.prepare(`
    INSERT INTO clippings (id, title, text, sha256, importer, importer_version, word_count, captured_at, updated_at)
    VALUES (?, 'Title', ?, ?, 'paste', '1', 1, '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z')`);
  texts.forEach((text, index) => {
    const bytes = Buffer.from(text);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    insertOriginal.run(sha256, bytes, bytes.length);
    insertClipping.run(`clipping-${String(texts.length - index).padStart(3, '0')}`, text, sha256);
  });
  db.transaction(() => rebuildDuplicateIndex(db))();
  return db;
}

const byClippingId = (db: Database.Database, version: 5 | 7) => {
  const key = version === 5 ? 'clipping_id' : '(SELECT id FROM clippings WHERE rowid = clipping_rowid)';
  return {
    minhash: db.prepare(`SELECT ${key} AS id, hex(signature) AS signature FROM clipping_minhash ORDER BY 1`).all(),
    lsh: db.prepare(`SELECT band, bucket, ${key} AS id FROM clipping_lsh ORDER BY 3, 1`).all(),
  };
};

const indexNames = (db: Database.Database, table: string) =>
  db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? ORDER BY name").pluck().all(table) as string[];

describe('migration 7 (narrow duplicate index)', () => {
  const texts = [articleText(articleWords(1, 300)), articleText(articleWords(2, 300)), articleText(articleWords(1, 290)), 'Short one.'];

  it('carries every MinHash and LSH row across, by the same clipping', () => {
    const db = libraryAtVersion5(texts);
    const before = byClippingId(db, 5);
    expect([before.minhash.length, before.lsh.length]).toEqual([4, 80]);
    migrate(
      db,
      MIGRATIONS.filter((migration) => migration.version <= 7),
    );
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(byClippingId(db, 7)).toEqual(before);
  });

  it('gives the rows a rebuild (cli repair) makes', () => {
    const db = libraryAtVersion5(texts);
    migrate(db);
    const migrated = byClippingId(db, 7);
    db.transaction(() => createDuplicateIndex(createClippingsStore(db)).rebuild())();
    expect(byClippingId(db, 7)).toEqual(migrated);
  });

  it('leaves clipping_lsh one B-tree that the candidate lookup searches by (band, bucket), and drops the unused clippings indexes', () => {
    const db = libraryAtVersion5(texts);
    expect(indexNames(db, 'clipping_lsh')).toContain('clipping_lsh_by_clipping');
    migrate(db);
    expect(indexNames(db, 'clipping_lsh')).toEqual([]);
    expect(indexNames(db, 'clipping_minhash')).toEqual([]);
    expect(indexNames(db, 'clippings')).not.toContain('clippings_by_published');
    expect(indexNames(db, 'clippings')).not.toContain('clippings_by_sha256');
    const plan = db
      .prepare(
        'EXPLAIN QUERY PLAN SELECT DISTINCT c.id FROM clipping_lsh l JOIN clippings c ON c.rowid = l.clipping_rowid WHERE (l.band, l.bucket) IN (SELECT value ->> 0, value ->> 1 FROM json_each(?))',
      )
      .all('[]') as Array<{ detail: string }>;
    expect(plan.map((row) => row.detail)).toContain('SEARCH l USING PRIMARY KEY (band=? AND bucket=?)');
  });
});
