// Shipped: never edit. Later changes go in a new numbered migration.
// A library knows its own identity: case packages and backups name the library they came from.
export const sql = `
CREATE TABLE library_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

INSERT INTO library_meta (key, value) VALUES
  ('library_id', lower(hex(randomblob(16)))),
  ('created_at', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
`;
