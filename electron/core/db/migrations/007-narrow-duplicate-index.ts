// Shipped: never edit. Later changes go in a new numbered migration.
// The near-duplicate index, narrowed for import speed (each stored clipping writes 20 LSH rows):
// - clipping_lsh is one WITHOUT ROWID B-tree keyed by (band, bucket, clipping rowid): the lookup by
//   (band, bucket) is one range scan and an insert touches that one tree, where the old table also
//   kept an index by clipping id (a second, random leaf per row) and repeated the 36-character id.
// - clipping_minhash is keyed by the clipping's rowid (INTEGER PRIMARY KEY): one tree, appended to.
// Both follow clippings.rowid, as clippings_fts already does. No clipping is ever deleted, so the
// ON DELETE CASCADE of the old tables had nothing to do; `repair` rebuilds both from the texts.
// Two indexes no query uses are dropped (every Library list, sort, filter and facet query was
// checked with EXPLAIN QUERY PLAN): clippings_by_published (the sort puts undated rows last with
// `published_at IS NULL` first, which the index cannot order; the date filters compare substr()),
// and clippings_by_sha256 (nothing looks clippings up by sha256, and originals are never deleted).
export const sql = `
CREATE TABLE clipping_lsh_by_rowid (
  band INTEGER NOT NULL,
  bucket INTEGER NOT NULL,
  clipping_rowid INTEGER NOT NULL,
  PRIMARY KEY (band, bucket, clipping_rowid)
) STRICT, WITHOUT ROWID;
INSERT INTO clipping_lsh_by_rowid (band, bucket, clipping_rowid)
  SELECT l.band, l.bucket, c.rowid FROM clipping_lsh l JOIN clippings c ON c.id = l.clipping_id;
DROP TABLE clipping_lsh;
ALTER TABLE clipping_lsh_by_rowid RENAME TO clipping_lsh;

CREATE TABLE clipping_minhash_by_rowid (
  clipping_rowid INTEGER PRIMARY KEY,
  signature BLOB NOT NULL
) STRICT;
INSERT INTO clipping_minhash_by_rowid (clipping_rowid, signature)
  SELECT c.rowid, m.signature FROM clipping_minhash m JOIN clippings c ON c.id = m.clipping_id;
DROP TABLE clipping_minhash;
ALTER TABLE clipping_minhash_by_rowid RENAME TO clipping_minhash;

DROP INDEX clippings_by_published;
DROP INDEX clippings_by_sha256;
`;
