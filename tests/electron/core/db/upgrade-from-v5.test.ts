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

describe('a library at schema version 5', () => {
  it('is migrated to the latest version with its clippings, passages, cards and relations intact', async () => {
    const path = join(makeTempDir(), 'library.sqlite');
    // Today's schema up to version 5 is the shipped one: build a library, then take the timeline away.
    const writer = { ...openCore(path, { logError: () => {} }), dir: '' };
    const clippingId = await makeClipping(writer, TEXT);
    const passage = await markPassage(writer, clippingId, TEXT, TEXT);
    const person = await makeCard(writer, { type: 'person', name: 'Abu Omar' });
    const state = await makeCard(writer, { type: 'organization', name: 'Islamic State' });
    const relation = await relate(writer, person.id, 'pledged_allegiance_to', state.id, { date: '2014-06', evidence: [passage.id] });
    writer.close();
    const db = new Database(path);
    for (const table of TIMELINE_TABLES) db.exec(`DROP TABLE ${table}`);
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
