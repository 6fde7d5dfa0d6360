// Shipped: never edit. Later changes go in a new numbered migration.
// The timeline: events made by the analyst, each with its datings (one per source that dates it,
// EDTF with the first and last day it covers; these days and each event's span are derived and
// rebuilt by repair), its evidence passages (tied to a
// dating or to the event), participants, place and tags; and the date suggestions rejected per
// clipping. Deleting a passage or a card takes it out of events; trashing a clipping keeps them.
export const sql = `
CREATE TABLE events (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  description TEXT,
  type TEXT,
  place_id TEXT REFERENCES entities(id) ON DELETE SET NULL,
  -- The span of all its datings, derived from them (repair recomputes it): whether it has any, and
  -- the first and last day, NULL for an open or unknown end; the timeline sorts and filters on it.
  dated INTEGER NOT NULL DEFAULT 0 CHECK (dated IN (0, 1)),
  start_day TEXT,
  end_day TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX events_in_time ON events(dated, start_day, end_day) WHERE deleted_at IS NULL;
CREATE INDEX events_by_type ON events(type COLLATE NOCASE) WHERE deleted_at IS NULL;
CREATE INDEX events_by_place ON events(place_id) WHERE place_id IS NOT NULL;

-- earliest / latest are derived from edtf (NULL for an open or unknown end): repair recomputes them.
CREATE TABLE event_datings (
  id TEXT PRIMARY KEY,
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  edtf TEXT NOT NULL,
  earliest TEXT,
  latest TEXT,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX event_datings_by_event ON event_datings(event_id, position);
CREATE INDEX event_datings_by_earliest ON event_datings(earliest, event_id);
CREATE INDEX event_datings_by_latest ON event_datings(latest, event_id);

-- Evidence of one dating, or of the event itself when dating_id is NULL.
CREATE TABLE event_evidence (
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  passage_id TEXT NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
  dating_id TEXT REFERENCES event_datings(id) ON DELETE CASCADE
) STRICT;
CREATE UNIQUE INDEX event_evidence_unique ON event_evidence(event_id, passage_id, coalesce(dating_id, ''));
CREATE INDEX event_evidence_by_passage ON event_evidence(passage_id);
CREATE INDEX event_evidence_by_dating ON event_evidence(dating_id) WHERE dating_id IS NOT NULL;

CREATE TABLE event_participants (
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  PRIMARY KEY (event_id, entity_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_participants_by_entity ON event_participants(entity_id, event_id);

CREATE TABLE event_tags (
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (event_id, tag_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_tags_by_tag ON event_tags(tag_id, event_id);

CREATE TABLE rejected_date_suggestions (
  clipping_id TEXT NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  edtf TEXT NOT NULL,
  PRIMARY KEY (clipping_id, text, edtf)
) STRICT, WITHOUT ROWID;
`;
