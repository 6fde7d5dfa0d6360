// Shipped: never edit. Later changes go in a new numbered migration.
export const sql = `
CREATE TABLE originals (
  sha256 TEXT PRIMARY KEY,
  bytes BLOB NOT NULL,
  byte_length INTEGER NOT NULL,
  media_type TEXT NOT NULL
) STRICT;

CREATE TABLE clippings (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  outlet TEXT,
  byline TEXT,
  published_at TEXT,
  url TEXT,
  lang TEXT,
  sha256 TEXT NOT NULL REFERENCES originals(sha256),
  source_name TEXT,
  importer TEXT NOT NULL,
  importer_version TEXT NOT NULL,
  word_count INTEGER NOT NULL,
  captured_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  trashed_at TEXT
) STRICT;

CREATE INDEX clippings_by_capture ON clippings(captured_at DESC, id DESC) WHERE trashed_at IS NULL;
CREATE INDEX clippings_by_sha256 ON clippings(sha256);
`;
