// Migration 11 drops the trigger that indexed a new clipping: the clippings store writes its search
// entries itself. A library at version 10 keeps what it had indexed, and afterwards a clipping
// stored, renamed, trashed and restored stays findable exactly while live, with the index
// agreeing with its content (FTS5's integrity check against search_source).
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createClippingsStore } from '../../../../../electron/core/clippings/store';
import { migrate } from '../../../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../../../electron/core/db/migrations';
import { libraryAtVersion } from '../../../../helpers/library-at-version';
import { newClippingRow } from '../../../../helpers/new-clipping-row';

const AT = '2024-01-01T00:00:00.000Z';

const row = (id: string, title: string, text: string) => newClippingRow(id, { title, text, outlet: 'Reuters', byline: 'Ana Ruiz' });

const found = (db: Database.Database, query: string): string[] =>
  db.prepare('SELECT item_id FROM search_index WHERE search_index MATCH ? ORDER BY item_id').pluck().all(query) as string[];

function checkIntegrity(db: Database.Database): void {
  db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)").run();
  db.prepare("INSERT INTO search_titles (search_titles, rank) VALUES ('integrity-check', 1)").run();
}

describe('migration 11: a new clipping is indexed by the store, not a trigger', () => {
  it('keeps what version 10 indexed, and indexes, renames, trashes and restores what comes after', () => {
    const db = libraryAtVersion(10);
    db.prepare("INSERT INTO originals (sha256, bytes, byte_length, media_type) VALUES ('s', x'00', 1, 'text/plain')").run();
    db.prepare(
      "INSERT INTO clippings (id, title, text, sha256, importer, importer_version, word_count, captured_at, updated_at) VALUES ('old', 'Old report', 'Convoy near Menagh', 's', 'paste', '1', 3, ?, ?)",
    ).run(AT, AT);
    migrate(db, MIGRATIONS);

    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'search_clippings_insert'").pluck().get()).toBe(0);
    expect(found(db, 'menagh')).toEqual(['old']);

    const store = createClippingsStore(db);
    db.transaction(() => store.insert(row('new', 'Zawahiri statement', 'Checkpoint reopened at Tabqa')))();
    expect(found(db, 'tabqa')).toEqual(['new']);
    expect(found(db, 'reuters')).toEqual(['new']);
    expect(found(db, 'keys:zwhr')).toEqual(['new']);
    expect(db.prepare("SELECT rowid FROM search_titles WHERE search_titles MATCH 'awahir'").pluck().all()).toHaveLength(1);
    checkIntegrity(db);

    store.update('new', { title: 'Renamed statement' }, AT);
    expect(found(db, 'keys:zwhr')).toEqual([]);
    store.trash(['new'], AT);
    expect(found(db, 'tabqa')).toEqual([]);
    checkIntegrity(db);
    store.restore(['new']);
    expect(found(db, 'tabqa')).toEqual(['new']);
    checkIntegrity(db);
  });
});
