// Shipped: never edit. Later changes go in a new numbered migration.
// Passages (W3C-style anchors), entity cards with names and aliases, relations with evidence,
// remembered rejections, undoable merges, and the full-text index over clippings.
export const sql = `
CREATE TABLE passages (
  id TEXT PRIMARY KEY,
  clipping_id TEXT NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
  exact TEXT NOT NULL,
  prefix TEXT NOT NULL,
  suffix TEXT NOT NULL,
  start INTEGER,
  end INTEGER,
  anchor_status TEXT NOT NULL CHECK (anchor_status IN ('exact', 'moved', 'fuzzy', 'orphaned')),
  color TEXT NOT NULL CHECK (color IN ('yellow', 'green', 'blue', 'pink', 'purple')),
  label TEXT,
  comment TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((start IS NULL) = (end IS NULL)),
  CHECK ((start IS NULL) = (anchor_status = 'orphaned'))
) STRICT;
CREATE INDEX passages_by_clipping ON passages(clipping_id, start);
CREATE INDEX passages_by_color ON passages(color, created_at);
CREATE INDEX passages_by_label ON passages(label COLLATE NOCASE) WHERE label IS NOT NULL;

CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL CHECK (type IN ('person', 'organization', 'place', 'other')),
  other_label TEXT,
  name TEXT NOT NULL,
  description TEXT,
  merged_into TEXT REFERENCES entities(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX entities_by_name ON entities(name COLLATE NOCASE) WHERE merged_into IS NULL;

-- Every name of a card (its name and its aliases), folded for lookup and mention scans.
CREATE TABLE entity_names (
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  folded TEXT NOT NULL,
  is_primary INTEGER NOT NULL CHECK (is_primary IN (0, 1)),
  PRIMARY KEY (entity_id, name)
) STRICT, WITHOUT ROWID;
CREATE INDEX entity_names_by_folded ON entity_names(folded, entity_id);

CREATE TABLE entity_attributes (
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (entity_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE passage_entities (
  passage_id TEXT NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  PRIMARY KEY (passage_id, entity_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX passage_entities_by_entity ON passage_entities(entity_id, passage_id);

CREATE TABLE relations (
  id TEXT PRIMARY KEY,
  source_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  target_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  type TEXT NOT NULL,
  label TEXT,
  date TEXT,
  created_at TEXT NOT NULL,
  CHECK (source_id <> target_id)
) STRICT;
CREATE INDEX relations_by_source ON relations(source_id);
CREATE INDEX relations_by_target ON relations(target_id);

CREATE TABLE relation_evidence (
  relation_id TEXT NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
  passage_id TEXT NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
  PRIMARY KEY (relation_id, passage_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE rejected_suggestions (
  clipping_id TEXT NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
  folded TEXT NOT NULL,
  type TEXT NOT NULL,
  PRIMARY KEY (clipping_id, folded, type)
) STRICT, WITHOUT ROWID;

-- What a merge moved, so that it can be undone.
CREATE TABLE entity_merges (
  id TEXT PRIMARY KEY,
  survivor_id TEXT NOT NULL REFERENCES entities(id),
  absorbed_id TEXT NOT NULL REFERENCES entities(id),
  moved TEXT NOT NULL,
  created_at TEXT NOT NULL,
  undone_at TEXT
) STRICT;

-- Derived full-text index over the clippings (title and text), kept current by triggers.
CREATE VIRTUAL TABLE clippings_fts USING fts5(
  title, text, content = 'clippings', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER clippings_fts_insert AFTER INSERT ON clippings BEGIN
  INSERT INTO clippings_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER clippings_fts_delete AFTER DELETE ON clippings BEGIN
  INSERT INTO clippings_fts (clippings_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER clippings_fts_update AFTER UPDATE OF title, text ON clippings BEGIN
  INSERT INTO clippings_fts (clippings_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
  INSERT INTO clippings_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
INSERT INTO clippings_fts (clippings_fts) VALUES ('rebuild');
`;
