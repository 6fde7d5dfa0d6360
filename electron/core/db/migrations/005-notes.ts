// Shipped: never edit. Later changes go in a new numbered migration.
// Briefing notes (Lexical JSON with a revision for optimistic saves), their tags and history, and
// the links derived from their content: which cards they mention and which passages they cite.
export const sql = `
CREATE TABLE notes (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  -- The title folded (lower case, no diacritics) for the title search; written with the title.
  title_folded TEXT NOT NULL,
  folder TEXT,
  content TEXT NOT NULL CHECK (json_valid(content)),
  revision INTEGER NOT NULL CHECK (revision >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX notes_by_updated ON notes(updated_at DESC, id);
CREATE INDEX notes_by_title ON notes(title COLLATE NOCASE, id);
CREATE INDEX notes_by_folder ON notes(folder, updated_at DESC);

CREATE TABLE note_tags (
  note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
  tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (note_id, tag_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX note_tags_by_tag ON note_tags(tag_id, note_id);

-- A note's history: saved states kept by the snapshot policy (services/note-history.ts).
CREATE TABLE note_snapshots (
  note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
  revision INTEGER NOT NULL,
  title TEXT NOT NULL,
  content TEXT NOT NULL,
  word_count INTEGER NOT NULL,
  -- When this state was saved (shown), and when it was copied into the history (paces the policy).
  saved_at TEXT NOT NULL,
  kept_at TEXT NOT NULL,
  PRIMARY KEY (note_id, revision)
) STRICT;

-- Derived from notes.content by rebuildNoteLinks(): backlinks never parse stored JSON. A mention
-- of a card or a citation of a passage that no longer exists has no row (the JSON keeps its text).
CREATE TABLE note_entities (
  note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  PRIMARY KEY (note_id, entity_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX note_entities_by_entity ON note_entities(entity_id, note_id);

CREATE TABLE note_passages (
  note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
  passage_id TEXT NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
  PRIMARY KEY (note_id, passage_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX note_passages_by_passage ON note_passages(passage_id, note_id);
`;
