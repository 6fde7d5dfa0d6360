// Shipped: never edit. Later changes go in a new numbered migration.
// The next-word index for phrases (search_pairs): each position of each indexed column of
// search_index holds its word's stem joined to the next word's stem, so a phrase of n words is a
// phrase of n − 1 pair tokens, most of them rare, where search_index would check positions in every
// row holding all n words (a phrase of common words cost 50–90 ms at 100,000 clippings). Its stems
// are FTS5's own, which only FTS5 computes, so it is filled in JS (electron/core/search/phrase-pairs.ts),
// in the background: the triggers below drop a changed row's pairs and queue the row in
// search_pairs_pending in the same transaction as the write (a new clipping is queued by the store
// with its search entries, electron/core/search/clipping-entries.ts: any trigger on inserting a
// clipping cost an import about a tenth of its time), and search uses the pairs only while nothing
// is queued. Contentless: its text is search_index's.

export const sql = `
CREATE VIRTUAL TABLE search_pairs USING fts5(
  title, body, extra, keys,
  content = '', contentless_delete = 1, tokenize = "unicode61 remove_diacritics 0 tokenchars '_'"
);

-- Rows of search_index (by rowid) whose pairs are to be made; none of them has pairs meanwhile.
CREATE TABLE search_pairs_pending (doc INTEGER PRIMARY KEY);

CREATE TRIGGER search_pairs_clippings_update AFTER UPDATE OF title, text, outlet, byline, trashed_at ON clippings BEGIN
  DELETE FROM search_pairs WHERE rowid = old.rowid;
  DELETE FROM search_pairs_pending WHERE doc = old.rowid AND new.trashed_at IS NOT NULL;
  INSERT OR IGNORE INTO search_pairs_pending (doc) SELECT new.rowid WHERE new.trashed_at IS NULL;
END;
CREATE TRIGGER search_pairs_clippings_delete AFTER DELETE ON clippings BEGIN
  DELETE FROM search_pairs WHERE rowid = old.rowid;
  DELETE FROM search_pairs_pending WHERE doc = old.rowid;
END;
CREATE TRIGGER search_pairs_docs_insert AFTER INSERT ON search_docs BEGIN
  INSERT OR IGNORE INTO search_pairs_pending (doc) VALUES (new.doc);
END;
CREATE TRIGGER search_pairs_docs_delete AFTER DELETE ON search_docs BEGIN
  DELETE FROM search_pairs WHERE rowid = old.doc;
  DELETE FROM search_pairs_pending WHERE doc = old.doc;
END;

-- Every row of the index is queued once; an open library fills them in the background.
INSERT INTO search_pairs_pending (doc) SELECT doc FROM search_source;
`;
