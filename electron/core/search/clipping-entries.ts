// A new clipping's entries in the search indexes (and its date in clipping_dates, which after: and
// before: read, and its place in the next-word index's queue, migration 13), written by the store
// right after its row. Not by a trigger: FTS5 fed from a
// trigger (or an INSERT … SELECT) cost twice what a plain INSERT … VALUES does, about a tenth of an
// import's time. Migration 11 dropped the insert trigger; the update and delete triggers stay, and
// take these entries out with the same values, computed in SQL from the row (search_source): the
// key is searchKeyOfText, which a test holds to that SQL.
import type Database from 'better-sqlite3';
import { searchKeyOfText } from '../../../shared/search/search-key';

export interface ClippingEntry {
  rowid: number;
  id: string;
  title: string;
  text: string;
  outlet: string | null;
  byline: string | null;
  publishedAt: string | null;
}

export function createClippingEntries(db: Database.Database) {
  // Rowids are cast: bound as a JS number they are reals, and FTS5 takes only an integer rowid.
  const fullText = db.prepare(
    "INSERT INTO search_index (rowid, kind, item_id, title, body, extra, keys) VALUES (CAST(? AS INTEGER), 'clipping', ?, ?, ?, ?, ?)",
  );
  const title = db.prepare('INSERT INTO search_titles (rowid, title) VALUES (CAST(? AS INTEGER), ?)');
  const date = db.prepare('INSERT INTO clipping_dates (clipping_rowid, published_at) VALUES (?, ?)');
  const queuePairs = db.prepare('INSERT OR IGNORE INTO search_pairs_pending (doc) VALUES (?)');
  return {
    /** Indexes a live clipping just inserted, in the caller's transaction. */
    add(entry: ClippingEntry): void {
      fullText.run(entry.rowid, entry.id, entry.title, entry.text, `${entry.outlet ?? ''} ${entry.byline ?? ''}`, searchKeyOfText(entry.title));
      title.run(entry.rowid, entry.title);
      if (entry.publishedAt !== null) date.run(entry.rowid, entry.publishedAt);
      queuePairs.run(entry.rowid);
    },
  };
}
