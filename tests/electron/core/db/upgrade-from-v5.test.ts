// A library of schema version 5 (before the timeline) opens migrated to the latest version with its
// data intact, and its dated relations are on the timeline at once.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntityCard, LibraryInfo, Passage } from '../../../../shared/domain';
import type { TimelinePage } from '../../../../shared/timeline/types';
import { LATEST_SCHEMA_VERSION } from '../../../../electron/core/db/migrations';
import { openCore } from '../../../../electron/core/core';
import { makeCard, makeClipping, markPassage, relate } from '../../../helpers/entity-fixtures';
import { makeTempDir, openTrackedCore, valueOf } from '../../../helpers/temp-library';

const TEXT = 'In June 2014 the commander pledged allegiance to the Islamic State.';
const TIMELINE_TABLES = ['rejected_date_suggestions', 'event_tags', 'event_participants', 'event_evidence', 'event_datings', 'events'];

/** Puts the near-duplicate index back as version 5 kept it (migration 7 narrowed it), with the same rows. */
const NEAR_DUPLICATE_INDEX_AT_V5 = `
CREATE TABLE v5_minhash (clipping_id TEXT PRIMARY KEY REFERENCES clippings(id) ON DELETE CASCADE, signature BLOB NOT NULL) STRICT;
INSERT INTO v5_minhash SELECT c.id, m.signature FROM clipping_minhash m JOIN clippings c ON c.rowid = m.clipping_rowid;
CREATE TABLE v5_lsh (
  band INTEGER NOT NULL, bucket INTEGER NOT NULL, clipping_id TEXT NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
  PRIMARY KEY (band, bucket, clipping_id)
) STRICT, WITHOUT ROWID;
INSERT INTO v5_lsh SELECT l.band, l.bucket, c.id FROM clipping_lsh l JOIN clippings c ON c.rowid = l.clipping_rowid;
DROP TABLE clipping_minhash; ALTER TABLE v5_minhash RENAME TO clipping_minhash;
DROP TABLE clipping_lsh; ALTER TABLE v5_lsh RENAME TO clipping_lsh;
CREATE INDEX clipping_lsh_by_clipping ON clipping_lsh(clipping_id);
CREATE INDEX clippings_by_sha256 ON clippings(sha256);
CREATE INDEX clippings_by_published ON clippings(published_at, id);
`;

/** Takes away what migrations 8 and 13 added: the search index, its triggers, its indexes, saved searches and the next-word index. */
function dropSearchIndex(db: Database.Database): void {
  const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search%'").pluck().all() as string[];
  for (const name of triggers) db.exec(`DROP TRIGGER ${name}`);
  db.exec(`
    DROP TABLE search_index; DROP TABLE search_titles; DROP VIEW search_source; DROP VIEW search_title_source;
    DROP TABLE search_docs; DELETE FROM sqlite_sequence WHERE name = 'search_docs'; DROP TABLE saved_searches;
    DROP INDEX search_clippings_by_published; DROP INDEX search_clippings_by_grade;
    DROP TABLE search_pairs; DROP TABLE search_pairs_pending;`);
}

describe('a library at schema version 5', () => {
  it('is migrated to the latest version with its clippings, passages, cards and relations intact', async () => {
    const path = join(makeTempDir(), 'library.sqlite');
    // Today's schema up to version 5 is the shipped one: build a library, then take away what versions 6 to 13 added.
    const writer = { ...openCore(path, { logError: () => {} }), dir: '' };
    const clippingId = await makeClipping(writer, TEXT);
    const passage = await markPassage(writer, clippingId, TEXT, TEXT);
    const person = await makeCard(writer, { type: 'person', name: 'Abu Omar' });
    const state = await makeCard(writer, { type: 'organization', name: 'Islamic State' });
    const relation = await relate(writer, person.id, 'pledged_allegiance_to', state.id, { date: '2014-06', evidence: [passage.id] });
    writer.close();
    const db = new Database(path);
    db.exec('DROP TRIGGER clipping_dates_update; DROP TRIGGER clipping_dates_delete; DROP TABLE clipping_dates'); // what version 12 added
    dropSearchIndex(db);
    db.exec('DROP INDEX passages_mentions_by_clipping; ALTER TABLE passages DROP COLUMN is_mention'); // what version 10 added
    for (const table of TIMELINE_TABLES) db.exec(`DROP TABLE ${table}`);
    db.exec(NEAR_DUPLICATE_INDEX_AT_V5);
    db.pragma('user_version = 5');
    db.close();

    const core = openTrackedCore(path);
    expect((valueOf(await core.dispatch('library.info', {})) as LibraryInfo).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(valueOf(await core.dispatch('clippings.get', { id: clippingId }))).toMatchObject({ text: TEXT });
    expect(valueOf(await core.dispatch('passages.list', { clippingId }))).toMatchObject({ items: [{ id: passage.id } as Passage] });
    expect((valueOf(await core.dispatch('entities.get', { id: person.id })) as EntityCard).relations).toMatchObject([{ id: relation.id, date: '2014-06' }]);
    const timeline = valueOf(await core.dispatch('events.list', {})) as TimelinePage;
    expect(timeline.items.map((item) => [item.kind, item.id])).toEqual([['relation', relation.id]]);
    const event = valueOf(await core.dispatch('events.create', { title: 'Pledge announced', date: '2014-06-29', evidence: [passage.id] }));
    expect(event).toMatchObject({ title: 'Pledge announced' });
  });
});
