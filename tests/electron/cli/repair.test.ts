// `repair` through the real command line: the derived tables come back from their source rows.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntityCard, NoteRef } from '../../../shared/domain';
import { runCli } from '../../helpers/cli-process';
import { makeCard, makeClipping, markPassage } from '../../helpers/entity-fixtures';
import { makeTempDir, openTrackedCore, valueOf } from '../../helpers/temp-library';
import { citation, content, makeNote, mention, paragraph } from '../core/notes/note-fixtures';

const TEXT = 'Omar al-Shishani led the assault on Menagh. The airbase fell in August 2013.';
const OTHER = 'Reports from Aleppo said Omar al-Shishani had left for Raqqa.';
/** What the search index holds for the library below: 2 clippings, a passage, a card, a note and an event. */
const SEARCH_ITEMS = 6;

describe('cli repair', () => {
  it('rebuilds note links, the near-duplicate index and the search index, and counts their rows', async () => {
    const dir = makeTempDir('notebook-cli-repair');
    const library = join(dir, 'library.sqlite');
    const core = openTrackedCore(library, dir);
    const clippingId = await makeClipping(core, TEXT);
    await makeClipping(core, OTHER);
    const assault = await markPassage(core, clippingId, TEXT, 'Omar al-Shishani led the assault on Menagh.');
    const omar = await makeCard(core, { type: 'person', name: 'Omar al-Shishani' });
    await makeNote(core, { title: 'Brief', content: content(paragraph(mention(omar.id, 'Omar'), citation(assault.id))) });
    await core.dispatch('events.create', { title: 'Menagh airbase falls', date: '2013-08', evidence: [assault.id] });
    const inAugust = { filter: { from: '2013-08', to: '2013-08' } };
    expect(valueOf(await core.dispatch('events.list', inAugust))).toMatchObject({ total: 1 });
    expect((valueOf(await core.dispatch('entities.get', { id: omar.id })) as EntityCard).unlinkedMentionCount).toBe(2);

    // Damage every derived table behind the core's back.
    const db = new Database(library);
    db.exec('DELETE FROM note_entities; DELETE FROM note_passages; DELETE FROM clipping_lsh; DELETE FROM clipping_minhash;');
    db.exec("UPDATE clippings SET text_hash = 'damaged'");
    db.exec("INSERT INTO search_index (search_index) VALUES ('delete-all')");
    db.exec("UPDATE event_datings SET earliest = '1900-01-01', latest = '1900-12-31'");
    db.exec("UPDATE events SET start_day = '1900-01-01', end_day = '1900-12-31'");
    db.close();
    expect(valueOf(await core.dispatch('events.list', inAugust))).toMatchObject({ total: 0 });
    expect(valueOf(await core.dispatch('notes.referencing', { entityId: omar.id }))).toEqual([]);
    expect((valueOf(await core.dispatch('entities.get', { id: omar.id })) as EntityCard).unlinkedMentionCount).toBe(0);

    const run = await runCli(['repair', '--json', '--library', library]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(run.stdout)).toEqual({
      rebuilt: [
        { table: 'note_entities', rows: 1 },
        { table: 'note_passages', rows: 1 },
        { table: 'clipping_minhash', rows: 2 },
        { table: 'clipping_lsh', rows: 40 },
        { table: 'search_index', rows: SEARCH_ITEMS },
        { table: 'event_datings', rows: 1 },
      ],
    });

    expect((valueOf(await core.dispatch('notes.referencing', { entityId: omar.id })) as NoteRef[]).map((ref) => ref.title)).toEqual(['Brief']);
    expect(valueOf(await core.dispatch('events.list', inAugust))).toMatchObject({ total: 1 });
    expect((valueOf(await core.dispatch('entities.get', { id: omar.id })) as EntityCard).unlinkedMentionCount).toBe(2);
    // The text hashes are right again: the same text pasted twice is an exact duplicate.
    expect(valueOf(await core.dispatch('clippings.create', { text: TEXT }))).toMatchObject({ clipping: null, duplicateOf: clippingId });

    const readable = await runCli(['repair', '--library', library]);
    expect(readable.code).toBe(0);
    expect(readable.stdout).toBe(
      'Rebuilt note_entities: 1 row.\nRebuilt note_passages: 1 row.\nRebuilt clipping_minhash: 2 rows.\n' +
        `Rebuilt clipping_lsh: 40 rows.\nRebuilt search_index: ${SEARCH_ITEMS} rows.\nRebuilt event_datings: 1 row.\n`,
    );
  });

  it('takes no arguments', async () => {
    const run = await runCli(['repair', 'now', '--library', join(makeTempDir('notebook-cli-repair'), 'library.sqlite')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^repair takes no arguments\./);
  });
});
