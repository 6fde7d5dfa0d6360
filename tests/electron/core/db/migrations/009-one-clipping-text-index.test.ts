// Migration 9 drops clippings_fts (migration 4's second full-text index over the clippings): a
// library at version 8 opens at 9 without it and its triggers, and finds the same clippings by the
// same names through search_index as it did through clippings_fts.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createClippingsStore } from '../../../../../electron/core/clippings/store';
import { migrate } from '../../../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../../../electron/core/db/migrations';
import { createEntityClippings } from '../../../../../electron/core/search/entity-clippings';
import { libraryAtVersion } from '../../../../helpers/library-at-version';

const TEXTS = [
  'Abu Omar al-Shishani led the assault on the Menagh airbase.',
  'ABU OMAR crossed the border at night, residents said.',
  'Reports from Aleppo named Abū ʿUmar as the commander.',
  'Omar and Abu Bakr met in Raqqa; no other names were given.',
  'The airbase at Menagh fell in August 2013 after a long siege.',
  'A statement by Jabhat al-Nusra denied the report.',
];
/** Trashed: never a mention, in either index. */
const TRASHED = 'Abu Omar was seen in Tabqa.';
const NAME_SETS = [['Abu Omar'], ['Abu Omar', 'Abū ʿUmar'], ['Menagh'], ['Jabhat al-Nusra', 'Nusra Front'], ['Raqqa', 'Aleppo'], ['Nobody Here']];

function libraryAtVersion8(): Database.Database {
  const db = libraryAtVersion(8);
  const insertOriginal = db.prepare("INSERT OR IGNORE INTO originals (sha256, bytes, byte_length, media_type) VALUES (?, ?, ?, 'text/plain')");
  const insertClipping = db.prepare(`
    INSERT INTO clippings (id, title, text, sha256, importer, importer_version, word_count, captured_at, updated_at, trashed_at)
    VALUES (?, ?, ?, ?, 'paste', '1', 1, ?, ?, ?)`);
  [...TEXTS, TRASHED].forEach((text, index) => {
    const bytes = Buffer.from(text);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const at = `2020-01-0${index + 1}T00:00:00.000Z`;
    insertOriginal.run(sha256, bytes, bytes.length);
    insertClipping.run(`clipping-${index}`, `Title ${index}`, text, sha256, at, at, text === TRASHED ? at : null);
  });
  return db;
}

const phrasesOf = (names: readonly string[]) => names.map((name) => `"${name.match(/[\p{L}\p{N}]+/gu)!.join(' ')}"`).join(' OR ');

/** What the card's mention queries found through clippings_fts at version 8: live clippings whose text has one of the names. */
function mentionsAtVersion8(db: Database.Database, names: readonly string[]): string[] {
  return db
    .prepare(
      `SELECT c.id FROM clippings_fts f JOIN clippings c ON c.rowid = f.rowid
       WHERE clippings_fts MATCH ? AND c.trashed_at IS NULL ORDER BY c.captured_at, c.id`,
    )
    .pluck()
    .all(`text : (${phrasesOf(names)})`) as string[];
}

/** The entity: filter's rowids at version 8 (title or text, through clippings_fts). */
function entityFilterAtVersion8(db: Database.Database, names: readonly string[]): number[] {
  return db.prepare('SELECT rowid FROM clippings_fts WHERE clippings_fts MATCH ? ORDER BY rowid').pluck().all(phrasesOf(names)) as number[];
}

const searchResults = (db: Database.Database, query: string) =>
  db.prepare('SELECT rowid, kind, item_id FROM search_index WHERE search_index MATCH ? ORDER BY rank, rowid').all(query);

const schemaNames = (db: Database.Database) =>
  db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'clippings_fts%' ORDER BY name").pluck().all() as string[];

describe('migration 9 (one clipping text index)', () => {
  it('drops clippings_fts, its shadow tables and its triggers', () => {
    const db = libraryAtVersion8();
    expect(schemaNames(db)).toEqual(expect.arrayContaining(['clippings_fts', 'clippings_fts_insert', 'clippings_fts_update', 'clippings_fts_delete']));
    expect(
      migrate(
        db,
        MIGRATIONS.filter((m) => m.version <= 9),
      ),
    ).toBe(9);
    expect(schemaNames(db)).toEqual([]);
    expect(() => db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
  });

  it("finds the same clippings by a card's names, for its mentions and for the entity: filter", () => {
    const db = libraryAtVersion8();
    const before = NAME_SETS.map((names) => ({ mentions: mentionsAtVersion8(db, names), filter: entityFilterAtVersion8(db, names.slice(0, 1)) }));
    expect(before.slice(0, 3).map((found) => found.mentions)).toEqual([
      ['clipping-0', 'clipping-1'],
      ['clipping-0', 'clipping-1', 'clipping-2'],
      ['clipping-0', 'clipping-4'],
    ]);
    migrate(db);
    const mentions = createClippingsStore(db).mentions;
    const entityClippings = createEntityClippings(db);
    // The filter gave trashed clippings' rowids too at version 8 (its users leave them out); now only live ones.
    const live = (rowids: number[]) => rowids.filter((rowid) => rowid <= TEXTS.length);
    expect(NAME_SETS.map((names) => mentions.unlinked('no-card', phrasesOf(names)).map((row) => row.id))).toEqual(before.map((found) => found.mentions));
    expect(NAME_SETS.map((names) => mentions.unlinkedCount('no-card', phrasesOf(names)))).toEqual(before.map((found) => found.mentions.length));
    expect(NAME_SETS.map((names) => entityClippings(names.slice(0, 1)).clippings!.sort((x, y) => x - y))).toEqual(before.map((found) => live(found.filter)));
  });

  it('leaves the search box finding what it found', () => {
    const db = libraryAtVersion8();
    const queries = ['omar', '"abu omar"', 'airbase OR siege', 'nusra', 'title : title'];
    const before = queries.map((query) => searchResults(db, query));
    migrate(db);
    expect(queries.map((query) => searchResults(db, query))).toEqual(before);
  });
});
