// Migration 12 keeps each dated clipping's published date in clipping_dates, keyed by its rowid: a
// library at version 11 gets its dated clippings' rows, and afterwards the table follows a new
// clipping (written by the store), a changed or cleared date and a deleted clipping.
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createClippingsStore } from '../../../../../electron/core/clippings/store';
import { migrate } from '../../../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../../../electron/core/db/migrations';
import { libraryAtVersion } from '../../../../helpers/library-at-version';
import { newClippingRow } from '../../../../helpers/new-clipping-row';

const AT = '2024-01-01T00:00:00.000Z';

const dates = (db: Database.Database) =>
  db.prepare('SELECT c.id, d.published_at AS at FROM clipping_dates d JOIN clippings c ON c.rowid = d.clipping_rowid ORDER BY c.id').all();

const newRow = (id: string, publishedAt: string | null) => newClippingRow(id, { publishedAt });

describe('migration 12: clipping_dates', () => {
  it("holds every dated clipping's date, and follows new clippings, edits and deletes", () => {
    const db = libraryAtVersion(11);
    db.prepare("INSERT INTO originals (sha256, bytes, byte_length, media_type) VALUES ('s', x'00', 1, 'text/plain')").run();
    const insert = db.prepare(
      "INSERT INTO clippings (id, title, text, published_at, sha256, importer, importer_version, word_count, captured_at, updated_at) VALUES (?, ?, 'x', ?, 's', 'paste', '1', 1, ?, ?)",
    );
    for (const [id, at] of [
      ['a', '2014-07'],
      ['b', null],
      ['c', '2020-01-03'],
    ] as const)
      insert.run(id, id, at, AT, AT);
    migrate(db, MIGRATIONS);
    expect(dates(db)).toEqual([
      { id: 'a', at: '2014-07' },
      { id: 'c', at: '2020-01-03' },
    ]);

    const store = createClippingsStore(db);
    db.transaction(() => {
      store.insert(newRow('d', '2016'));
      store.insert(newRow('e', null));
    })();
    store.update('b', { publishedAt: '2013-05-01' }, AT);
    store.update('a', { publishedAt: null }, AT);
    store.update('c', { publishedAt: '2021' }, AT);
    db.prepare("DELETE FROM clippings WHERE id = 'd'").run();
    expect(dates(db)).toEqual([
      { id: 'b', at: '2013-05-01' },
      { id: 'c', at: '2021' },
    ]);
  });
});
