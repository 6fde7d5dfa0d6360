// Every SQL statement on the timeline's tables: events, their datings (EDTF with the days they
// cover), evidence, participants and tags, and the rejected date suggestions. Reads join passages,
// clippings and cards for what the timeline shows of them, and relations for dated relations.
import type Database from 'better-sqlite3';
import type { EntityType, PassageRef } from '../../../shared/domain';
import type { Credibility, Reliability } from '../../../shared/grading';
import type { RelationRow } from '../relations/store';
import { createTimelineQueries } from './list-query';

export interface EventRow {
  id: string;
  title: string;
  description: string | null;
  type: string | null;
  place_id: string | null;
  dated: number;
  start_day: string | null;
  end_day: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface DatingRow {
  id: string;
  event_id: string;
  position: number;
  edtf: string;
  earliest: string | null;
  latest: string | null;
}

/** An evidence passage with its clipping as it is now; `owner_id` is the event's (or relation's) id. */
export interface EvidenceRow extends PassageRef {
  owner_id: string;
  dating_id: string | null;
  outlet: string | null;
  published_at: string | null;
  reliability: Reliability | null;
  credibility: Credibility | null;
}

export interface CardRow {
  owner_id: string;
  id: string;
  type: EntityType;
  name: string;
  merged_into: string | null;
}

export type TimelineStore = ReturnType<typeof createTimelineStore>;

export function createTimelineStore(db: Database.Database) {
  return {
    ...createEventRows(db),
    datings: createDatingRows(db),
    evidence: createEvidenceRows(db),
    links: createEventLinks(db),
    rejections: createRejectionRows(db),
    queries: createTimelineQueries(db),
  };
}

function createEventRows(db: Database.Database) {
  const insert = db.prepare(`
    INSERT INTO events (id, title, description, type, place_id, created_at, updated_at)
    VALUES (@id, @title, @description, @type, @placeId, @now, @now)`);
  const byId = db.prepare('SELECT * FROM events WHERE id = ?');
  const byIds = db.prepare('SELECT * FROM events WHERE id IN (SELECT value FROM json_each(?))');
  const setDeleted = db.prepare('UPDATE events SET deleted_at = ?, updated_at = ? WHERE id = ?');
  const touch = db.prepare('UPDATE events SET updated_at = ? WHERE id = ?');
  const liveTitles = db.prepare('SELECT id, title FROM events WHERE deleted_at IS NULL');
  const datedRelationIds = db.prepare('SELECT id FROM relations WHERE date IS NOT NULL').pluck();
  return {
    insertEvent: (row: { id: string; title: string; description: string | null; type: string | null; placeId: string | null; now: string }): void =>
      void insert.run(row),
    /** The event, deleted or not. */
    eventRow: (id: string): EventRow | undefined => byId.get(id) as EventRow | undefined,
    eventRows: (ids: readonly string[]): EventRow[] => byIds.all(JSON.stringify(ids)) as EventRow[],
    /** Sets the given columns and updated_at. */
    updateEvent(id: string, columns: Partial<Record<'title' | 'description' | 'type' | 'place_id', string | null>>, now: string): void {
      const sets = ['updated_at = @now', ...Object.keys(columns).map((name) => `${name} = @${name}`)];
      db.prepare(`UPDATE events SET ${sets.join(', ')} WHERE id = @id`).run({ ...columns, now, id });
    },
    /** Marks the event deleted (`at`) or live again (null). */
    setDeleted: (id: string, at: string | null, now: string): number => setDeleted.run(at, now, id).changes,
    touch: (id: string, now: string): void => void touch.run(now, id),
    liveTitles: () => liveTitles.all() as Array<{ id: string; title: string }>,
    datedRelationIds: (): string[] => datedRelationIds.all() as string[],
  };
}

// An event's span from its datings: an open or unknown end of any dating leaves that end open (NULL).
const REFRESH_SPAN = `
  UPDATE events SET
    dated = EXISTS (SELECT 1 FROM event_datings d WHERE d.event_id = events.id),
    start_day = (SELECT CASE WHEN count(*) > count(earliest) THEN NULL ELSE min(earliest) END FROM event_datings d WHERE d.event_id = events.id),
    end_day = (SELECT CASE WHEN count(*) > count(latest) THEN NULL ELSE max(latest) END FROM event_datings d WHERE d.event_id = events.id)`;

function createDatingRows(db: Database.Database) {
  const refreshSpan = db.prepare(`${REFRESH_SPAN} WHERE id = ?`);
  const refreshAll = db.prepare(REFRESH_SPAN);
  const insert = db.prepare(`
    INSERT INTO event_datings (id, event_id, position, edtf, earliest, latest, created_at)
    VALUES (@id, @eventId, (SELECT coalesce(max(position), -1) + 1 FROM event_datings WHERE event_id = @eventId), @edtf, @earliest, @latest, @now)`);
  const byId = db.prepare('SELECT * FROM event_datings WHERE id = ?');
  const ofEvent = db.prepare('SELECT * FROM event_datings WHERE event_id = ? ORDER BY position');
  const ofEvents = db.prepare('SELECT * FROM event_datings WHERE event_id IN (SELECT value FROM json_each(?)) ORDER BY event_id, position');
  const update = db.prepare('UPDATE event_datings SET edtf = ?, earliest = ?, latest = ? WHERE id = ?');
  const setDays = db.prepare('UPDATE event_datings SET earliest = ?, latest = ? WHERE id = ? AND (earliest IS NOT ? OR latest IS NOT ?)');
  const remove = db.prepare('DELETE FROM event_datings WHERE id = ?');
  const all = db.prepare('SELECT id, edtf, earliest, latest FROM event_datings');
  const count = db.prepare('SELECT count(*) FROM event_datings').pluck();
  // Every write of a dating refreshes its event's span.
  return {
    insert(row: { id: string; eventId: string; edtf: string; earliest: string | null; latest: string | null; now: string }): void {
      insert.run(row);
      refreshSpan.run(row.eventId);
    },
    row: (id: string): DatingRow | undefined => byId.get(id) as DatingRow | undefined,
    ofEvent: (eventId: string): DatingRow[] => ofEvent.all(eventId) as DatingRow[],
    ofEvents: (eventIds: readonly string[]): DatingRow[] => ofEvents.all(JSON.stringify(eventIds)) as DatingRow[],
    update(dating: DatingRow, edtf: string, earliest: string | null, latest: string | null): void {
      update.run(edtf, earliest, latest, dating.id);
      refreshSpan.run(dating.event_id);
    },
    remove(dating: DatingRow): void {
      remove.run(dating.id);
      refreshSpan.run(dating.event_id);
    },
    /** Recomputes every event's span from its datings (the repair, after setDays). */
    refreshAllSpans: (): void => void refreshAll.run(),
    /** Every dating, for the repair that recomputes their days. */
    all: () => all.all() as Array<{ id: string; edtf: string; earliest: string | null; latest: string | null }>,
    /** Writes the days when they differ; true when the row changed. */
    setDays: (id: string, earliest: string | null, latest: string | null): boolean => setDays.run(earliest, latest, id, earliest, latest).changes > 0,
    count: (): number => count.get() as number,
  };
}

const EVIDENCE_COLUMNS = `
  p.id, p.clipping_id AS clippingId, c.title AS clippingTitle, p.exact, p.anchor_status AS anchorStatus,
  c.outlet, c.published_at, c.reliability, c.credibility`;

function createEvidenceRows(db: Database.Database) {
  const add = db.prepare('INSERT OR IGNORE INTO event_evidence (event_id, passage_id, dating_id) VALUES (?, ?, ?)');
  const remove = db.prepare('DELETE FROM event_evidence WHERE event_id = ? AND passage_id = ?');
  const clearDating = db.prepare('DELETE FROM event_evidence WHERE dating_id = ?');
  // A removed dating's passages stay with the event: nothing the analyst marked is lost.
  const releaseDating = db.prepare(`
    INSERT OR IGNORE INTO event_evidence (event_id, passage_id, dating_id)
    SELECT event_id, passage_id, NULL FROM event_evidence WHERE dating_id = ?`);
  const ofEvents = db.prepare(`
    SELECT ev.event_id AS owner_id, ev.dating_id, ${EVIDENCE_COLUMNS}
    FROM event_evidence ev JOIN passages p ON p.id = ev.passage_id JOIN clippings c ON c.id = p.clipping_id
    WHERE ev.event_id IN (SELECT value FROM json_each(?)) ORDER BY c.captured_at, p.start, p.id`);
  const ofRelations = db.prepare(`
    SELECT re.relation_id AS owner_id, NULL AS dating_id, ${EVIDENCE_COLUMNS}
    FROM relation_evidence re JOIN passages p ON p.id = re.passage_id JOIN clippings c ON c.id = p.clipping_id
    WHERE re.relation_id IN (SELECT value FROM json_each(?)) ORDER BY c.captured_at, p.start, p.id`);
  return {
    add: (eventId: string, passageId: string, datingId: string | null): void => void add.run(eventId, passageId, datingId),
    /** Takes the passage out of the event's evidence (from every dating too); how many rows went. */
    remove: (eventId: string, passageId: string): number => remove.run(eventId, passageId).changes,
    clearDating: (datingId: string): void => void clearDating.run(datingId),
    releaseDating: (datingId: string): void => void releaseDating.run(datingId),
    ofEvents: (eventIds: readonly string[]): EvidenceRow[] => ofEvents.all(JSON.stringify(eventIds)) as EvidenceRow[],
    ofRelations: (relationIds: readonly string[]): EvidenceRow[] => ofRelations.all(JSON.stringify(relationIds)) as EvidenceRow[],
  };
}

function createEventLinks(db: Database.Database) {
  const clearParticipants = db.prepare('DELETE FROM event_participants WHERE event_id = ?');
  const addParticipant = db.prepare('INSERT OR IGNORE INTO event_participants (event_id, entity_id) VALUES (?, ?)');
  const participantsOf = db.prepare(`
    SELECT ep.event_id AS owner_id, e.id, e.type, e.name, e.merged_into FROM event_participants ep JOIN entities e ON e.id = ep.entity_id
    WHERE ep.event_id IN (SELECT value FROM json_each(?)) ORDER BY e.name COLLATE NOCASE, e.id`);
  const clearTags = db.prepare('DELETE FROM event_tags WHERE event_id = ?');
  const addTag = db.prepare('INSERT OR IGNORE INTO event_tags (event_id, tag_id) VALUES (?, ?)');
  const tagsOf = db.prepare(`
    SELECT et.event_id AS owner_id, t.name FROM event_tags et JOIN tags t ON t.id = et.tag_id
    WHERE et.event_id IN (SELECT value FROM json_each(?)) ORDER BY t.name COLLATE NOCASE`);
  const linkedInSpan = db
    .prepare(
      `
    SELECT DISTINCT pe.entity_id FROM passages p JOIN passage_entities pe ON pe.passage_id = p.id
    WHERE p.clipping_id = ? AND p.start < ? AND p.end > ?`,
    )
    .pluck();
  const relations = db.prepare('SELECT * FROM relations WHERE id IN (SELECT value FROM json_each(?)) AND date IS NOT NULL');
  const cards = db.prepare(`SELECT id AS owner_id, id, type, name, merged_into FROM entities WHERE id IN (SELECT value FROM json_each(?))`);
  return {
    setParticipants(eventId: string, entityIds: readonly string[]): void {
      clearParticipants.run(eventId);
      for (const entityId of entityIds) addParticipant.run(eventId, entityId);
    },
    participantsOf: (eventIds: readonly string[]): CardRow[] => participantsOf.all(JSON.stringify(eventIds)) as CardRow[],
    setTags(eventId: string, tagIds: readonly number[]): void {
      clearTags.run(eventId);
      for (const tagId of tagIds) addTag.run(eventId, tagId);
    },
    tagsOf: (eventIds: readonly string[]) => tagsOf.all(JSON.stringify(eventIds)) as Array<{ owner_id: string; name: string }>,
    /** Cards by id (live or merged), for places and relation ends. */
    cards: (ids: readonly string[]): CardRow[] => cards.all(JSON.stringify(ids)) as CardRow[],
    /** The dated relations among `ids`. */
    datedRelations: (ids: readonly string[]): RelationRow[] => relations.all(JSON.stringify(ids)) as RelationRow[],
    /** Cards linked to the clipping's passages that overlap start..end. */
    cardsLinkedWithin: (clippingId: string, start: number, end: number): string[] => linkedInSpan.all(clippingId, end, start) as string[],
  };
}

function createRejectionRows(db: Database.Database) {
  const of = db.prepare('SELECT text, edtf FROM rejected_date_suggestions WHERE clipping_id = ?');
  const add = db.prepare('INSERT OR IGNORE INTO rejected_date_suggestions (clipping_id, text, edtf) VALUES (?, ?, ?)');
  const remove = db.prepare('DELETE FROM rejected_date_suggestions WHERE clipping_id = ? AND text = ? AND edtf = ?');
  return {
    of: (clippingId: string) => of.all(clippingId) as Array<{ text: string; edtf: string }>,
    /** Remembers a rejection; 0 when it was remembered already. */
    add: (clippingId: string, text: string, edtf: string): number => add.run(clippingId, text, edtf).changes,
    remove: (clippingId: string, text: string, edtf: string): number => remove.run(clippingId, text, edtf).changes,
  };
}
