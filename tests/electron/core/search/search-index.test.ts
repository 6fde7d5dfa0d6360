// The search index is derived: after random edits, imports, trash and restore (seeded), what the
// triggers and the store kept must equal a fresh rebuild from the source rows (the dates after:/
// before: read included), and FTS5's own integrity check must pass on both full-text indexes.
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../../electron/core/db/open-library';
import { createPhrasePairs } from '../../../../electron/core/search/phrase-pairs';
import { fillPhraseIndexQueue, tokenCounts } from '../../../helpers/phrase-index';
import { seededRandom } from '../../../helpers/seeded-random';
import { openTempCore, callCore as call } from '../../../helpers/temp-library';
import { makeNote, saveNote, says } from '../notes/note-fixtures';

type TempCore = ReturnType<typeof openTempCore>;

const WORDS = ['Zawahri', 'al-Julani', 'Baghdad', 'convoy', 'ceasefire', 'الظواهري', 'Mosul', 'Qaeda', 'talks', 'envoy', 'shelling', 'café'];

function sentence(random: () => number, words: number): string {
  return Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
}

/** What the index holds, in a form that does not depend on rowids. */
function snapshot(db: Database.Database) {
  const docs = db.prepare('SELECT kind, item_id, clipping_id, title, body, extra, keys, aliases FROM search_docs ORDER BY kind, item_id').all();
  const clippings = db
    .prepare("SELECT f.rowid FROM search_index f WHERE search_index MATCH 'convoy OR baghdad OR talks' AND f.rowid < 1099511627776 ORDER BY f.rowid")
    .pluck()
    .all();
  // The dates after:/before: read (clipping_dates), which must be the clippings' own.
  const dates = db.prepare('SELECT c.id, d.published_at FROM clipping_dates d JOIN clippings c ON c.rowid = d.clipping_rowid ORDER BY c.id').all();
  return { docs, clippings, dates };
}

function integrityCheck(db: Database.Database): void {
  db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)").run();
  db.prepare("INSERT INTO search_titles (search_titles, rank) VALUES ('integrity-check', 1)").run();
}

/** `between`: called after each step (the next-word index test fills some queued rows there). */
async function randomEdits(core: TempCore, seed: number, between: (step: number) => void = () => {}): Promise<void> {
  const random = seededRandom(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const clippings: string[] = [];
  const cards: string[] = [];
  const passages: string[] = [];
  const events: string[] = [];
  const place = await call<{ id: string }>(core, 'entities.create', { type: 'place', name: 'Mosul' });
  for (let step = 0; step < 120; step++) {
    const action = Math.floor(random() * 10);
    if (action === 0 || clippings.length === 0) {
      clippings.push(
        (await call<{ clipping: { id: string } }>(core, 'clippings.create', { title: sentence(random, 3), text: sentence(random, 40) })).clipping.id,
      );
    } else if (action === 1) {
      await call(core, 'clippings.update', {
        id: pick(clippings),
        patch: { title: sentence(random, 2), outlet: pick(['Reuters', 'BBC', null]), publishedAt: ['2014-07', '2020-01-03', null][step % 3] },
      });
    } else if (action === 2) {
      await call(core, 'clippings.trash', { ids: [pick(clippings)] });
    } else if (action === 3) {
      await call(core, 'clippings.restore', { ids: [pick(clippings)] });
    } else if (action === 4) {
      const created = await call<{ id: string }>(core, 'passages.create', { clippingId: pick(clippings), start: 0, end: 8, label: sentence(random, 1) });
      passages.push(created.id);
    } else if (action === 5 && passages.length > 0) {
      const id = pick(passages);
      if (random() < 0.5) await call(core, 'passages.update', { id, patch: { comment: sentence(random, 5) } });
      else {
        await call(core, 'passages.delete', { id });
        passages.splice(passages.indexOf(id), 1);
      }
    } else if (action === 6) {
      const card = await call<{ id: string }>(core, 'entities.create', {
        type: 'person',
        name: `${sentence(random, 2)} ${step}`,
        aliases: [`${pick(WORDS)} ${step}`],
      });
      cards.push(card.id);
      if (cards.length > 2 && random() < 0.3) await call(core, 'entities.merge', { survivorId: cards[0], absorbedId: cards.pop() });
    } else if (action === 7 && cards.length > 0) {
      await call(core, 'entities.update', { id: pick(cards), patch: { description: sentence(random, 6), aliases: [`${pick(WORDS)} alias ${step}`] } });
      await call(core, 'entities.update', { id: place.id, patch: { name: `Mosul ${step}` } });
    } else if (action === 8) {
      const note = await makeNote(core as never, { title: sentence(random, 2) });
      await saveNote(core as never, note, says(sentence(random, 12)));
    } else {
      if (events.length > 0 && random() < 0.3) await call(core, 'events.delete', { id: pick(events) });
      else
        events.push(
          (await call<{ id: string }>(core, 'events.create', { title: sentence(random, 3), description: sentence(random, 8), placeId: place.id })).id,
        );
    }
    between(step);
  }
}

describe('search index', () => {
  it('after random edits, trash and restore equals a fresh rebuild of the source rows', async () => {
    const core = openTempCore();
    await randomEdits(core, 12);
    const library = openLibrary(core.libraryPath);
    try {
      integrityCheck(library.db);
      const kept = snapshot(library.db);
      expect(kept.docs.length).toBeGreaterThan(20);
      expect(kept.dates.length).toBeGreaterThan(1);
      expect(kept.dates).toEqual(library.db.prepare('SELECT id, published_at FROM clippings WHERE published_at IS NOT NULL ORDER BY id').all());
      const rebuilt = await call<{ items: number }>(core, 'search.rebuild', {});
      expect(rebuilt.items).toBe(
        (kept.docs.length as number) + (library.db.prepare('SELECT count(*) FROM clippings WHERE trashed_at IS NULL').pluck().get() as number),
      );
      integrityCheck(library.db);
      expect(snapshot(library.db)).toEqual(kept);
    } finally {
      library.close();
    }
  });

  it('leaves trashed clippings out of results and brings restored ones back', async () => {
    const core = openTempCore();
    const { clipping } = await call<{ clipping: { id: string } }>(core, 'clippings.create', {
      title: 'Convoy report',
      text: 'A convoy crossed the river at dawn.',
    });
    const found = async () => (await call<{ hits: Array<{ id: string }> }>(core, 'search.query', { query: 'convoy' })).hits.map((hit) => hit.id);
    expect(await found()).toEqual([clipping.id]);
    await call(core, 'clippings.trash', { ids: [clipping.id] });
    expect(await found()).toEqual([]);
    await call(core, 'clippings.restore', { ids: [clipping.id] });
    expect(await found()).toEqual([clipping.id]);
  });
});

describe('the next-word index for phrases (search_pairs)', () => {
  /** Phrases of two and three words of the word list, as typed, and some of them with filters. */
  const PLAIN_PHRASES = WORDS.flatMap((first, i) => [
    `"${first} ${WORDS[(i + 1) % WORDS.length]}"`,
    `"${first} ${WORDS[(i + 3) % WORDS.length]} ${WORDS[(i + 5) % WORDS.length]}"`,
  ]);
  const FILTERS = ['outlet:Reuters', 'kind:event', 'kind:note', 'after:2014', '-talks'];
  const PHRASES = [...PLAIN_PHRASES, ...PLAIN_PHRASES.slice(0, 10).map((phrase, i) => `${phrase} ${FILTERS[i % FILTERS.length]}`)];

  async function phraseResults(core: TempCore) {
    const results = [];
    for (const query of PHRASES) results.push(await call<{ hits: unknown[]; counts: unknown }>(core, 'search.query', { query, limit: 50 }));
    return results;
  }

  it('filled between random edits, trash and restore, holds every row of the index and finds each phrase as search_index does', async () => {
    const core = openTempCore();
    const library = openLibrary(core.libraryPath);
    try {
      const pairs = createPhrasePairs(library.db);
      // Some rows are filled as the edits go, so later edits must drop and queue them again.
      await randomEdits(core, 12, (step) => {
        if (step % 9 === 0) pairs.fill(1, 4);
      });
      const unfilled = await phraseResults(core);
      fillPhraseIndexQueue(library.db);
      expect(library.db.prepare('SELECT count(*) FROM search_pairs_pending').pluck().get()).toBe(0);
      library.db.prepare("INSERT INTO search_pairs (search_pairs, rank) VALUES ('integrity-check', 1)").run();
      expect(tokenCounts(library.db, 'search_pairs')).toEqual(tokenCounts(library.db, 'search_index'));
      const filled = await phraseResults(core);
      expect(filled.filter((result) => result.hits.length > 0).length).toBeGreaterThan(5);
      expect(filled).toEqual(unfilled);

      // search.rebuild empties it and queues every row again; filled, it is the same again.
      await call(core, 'search.rebuild', {});
      expect(library.db.prepare('SELECT count(*) FROM search_pairs_pending').pluck().get()).toBe(tokenCounts(library.db, 'search_index').length);
      fillPhraseIndexQueue(library.db);
      expect(tokenCounts(library.db, 'search_pairs')).toEqual(tokenCounts(library.db, 'search_index'));
      expect(await phraseResults(core)).toEqual(unfilled);
    } finally {
      library.close();
    }
  });

  it('is what search reads a phrase from once every row is filled, and not before', async () => {
    const core = openTempCore();
    await call(core, 'clippings.create', { title: 'Convoy', text: 'The envoy said the ceasefire talks in Mosul would go on.' });
    const library = openLibrary(core.libraryPath);
    try {
      const found = async () => (await call<{ hits: unknown[] }>(core, 'search.query', { query: '"ceasefire talks"' })).hits.length;
      expect(await found()).toBe(1);
      fillPhraseIndexQueue(library.db);
      expect(await found()).toBe(1);
      // Emptied behind the triggers' back, the pairs find nothing: search read them.
      library.db.exec("INSERT INTO search_pairs (search_pairs) VALUES ('delete-all')");
      expect(await found()).toBe(0);
      // A row queued again sends phrases back to search_index until the queue is empty.
      await call(core, 'clippings.create', { title: 'Later', text: 'Nothing about it.' });
      expect(await found()).toBe(1);
    } finally {
      library.close();
    }
  });
});
