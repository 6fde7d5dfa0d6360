// Shipped: never edit. Later changes go in a new numbered migration.
// Grading, tags, sanitised HTML, page offsets, and the duplicate indexes.
export const sql = `
ALTER TABLE clippings ADD COLUMN html TEXT;
ALTER TABLE clippings ADD COLUMN page_starts TEXT;
ALTER TABLE clippings ADD COLUMN reliability TEXT CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F'));
ALTER TABLE clippings ADD COLUMN credibility INTEGER CHECK (credibility BETWEEN 1 AND 6);
ALTER TABLE clippings ADD COLUMN text_hash TEXT;
ALTER TABLE clippings ADD COLUMN near_duplicate_of TEXT REFERENCES clippings(id) ON DELETE SET NULL;

CREATE INDEX clippings_by_text_hash ON clippings(text_hash);
CREATE INDEX clippings_by_published ON clippings(published_at, id);
CREATE INDEX clippings_by_outlet ON clippings(outlet COLLATE NOCASE, id);
CREATE INDEX clippings_by_title ON clippings(title COLLATE NOCASE, id);
CREATE INDEX clippings_trashed ON clippings(trashed_at DESC, id DESC) WHERE trashed_at IS NOT NULL;

CREATE TABLE tags (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE
) STRICT;

CREATE TABLE clipping_tags (
  clipping_id TEXT NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
  tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (clipping_id, tag_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX clipping_tags_by_tag ON clipping_tags(tag_id, clipping_id);

-- Derived from clippings.text by rebuildDuplicateIndex(): MinHash signatures and their LSH bands.
CREATE TABLE clipping_minhash (
  clipping_id TEXT PRIMARY KEY REFERENCES clippings(id) ON DELETE CASCADE,
  signature BLOB NOT NULL
) STRICT;

CREATE TABLE clipping_lsh (
  band INTEGER NOT NULL,
  bucket INTEGER NOT NULL,
  clipping_id TEXT NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
  PRIMARY KEY (band, bucket, clipping_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX clipping_lsh_by_clipping ON clipping_lsh(clipping_id);
`;
