// The next-word index's stems are search_index's own, in any script: each filled row has the same
// token count per column as search_index's, and each phrase finds the same rows with the same
// scores, in Latin with diacritics, Arabic with its marks, CJK, emoji, digits and hyphenated names.
import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openLibrary } from '../../../../electron/core/db/open-library';
import { createPhrasePairs, createStemmer, pairPhrase, pairTokens } from '../../../../electron/core/search/phrase-pairs';
import { tokenCounts } from '../../../helpers/phrase-index';
import { openTempCore, callCore as call } from '../../../helpers/temp-library';

const TEXTS = [
  ['Café talks in Zürich', 'The envoy met Ayman al-Zawahiri’s aides; the café talks (round 2) resumed at 09:30.'],
  ['المحادثات', 'قال المبعوثُ إنّ المحادثاتِ ستستمرّ في الموصل. the ceasefire talks'],
  ['停火谈判', '停火谈判 resumed 🙂 ceasefire talks 🙂 in Mosul'],
  ['Naïve façade', 'coöperation and naïve façade; Ceasefire-talks hyphenated, CEASEFIRE TALKS shouted'],
];
const PHRASES = ['"ceasefire talks"', '"café talks"', '"al zawahiri s aides"', '"naive facade"', '"停火谈判 resumed"', '"the envoy met"', '"في الموصل"'];

function libraryWith(core: ReturnType<typeof openTempCore>): Database.Database {
  const library = openLibrary(core.libraryPath);
  onTestFinished(() => {
    library.close();
  });
  return library.db;
}

describe('phrase pairs', () => {
  it('joins each stem to the next, and a phrase to its pair phrase', () => {
    expect(pairTokens(['ceasefir', 'talk', 'resum'])).toBe('ceasefir_talk talk_resum resum_');
    expect(pairPhrase(['ceasefir', 'talk', 'resum'])).toBe('"ceasefir_talk talk_resum"');
    expect(pairPhrase(['ceasefir'])).toBeNull();
    const db = new Database(':memory:');
    onTestFinished(() => {
      db.close();
    });
    const stemmer = createStemmer(db);
    expect(createStemmer(db)).toBe(stemmer);
    const [stems] = stemmer.stemMany([{ title: 'Ceasefire TALKS resumed', body: null, extra: 'Café', keys: '' }]);
    expect(stems).toEqual({ title: ['ceasefir', 'talk', 'resum'], body: [], extra: ['cafe'], keys: [] });
  });

  it('stems every script as search_index does: the same tokens per column and the same rows and scores for each phrase', async () => {
    const core = openTempCore();
    for (const [title, text] of TEXTS) {
      const { clipping } = await call<{ clipping: { id: string } }>(core, 'clippings.create', { title, text });
      await call(core, 'clippings.update', { id: clipping.id, patch: { outlet: 'Al-Ḥayāt · Ğül Ünal' } });
    }
    await call(core, 'entities.create', { type: 'person', name: 'Ayman al-Zawahiri', aliases: ['أيمن الظواهري', 'Zawahri'] });
    const db = libraryWith(core);
    const search = async () => {
      const results = [];
      for (const query of PHRASES) results.push(await call<{ hits: unknown[] }>(core, 'search.query', { query }));
      return results;
    };
    const fromIndex = await search();
    const pairs = createPhrasePairs(db);
    expect(pairs.complete()).toBe(false);
    expect(pairs.fill(1_000)).toEqual({ done: TEXTS.length + 1, left: 0 });
    expect(pairs.complete()).toBe(true);
    expect(tokenCounts(db, 'search_pairs')).toEqual(tokenCounts(db, 'search_index'));
    const fromPairs = await search();
    expect(fromPairs.filter((result) => result.hits.length > 0)).toHaveLength(PHRASES.length);
    expect(fromPairs).toEqual(fromIndex);
  });

  it('takes queued rows newest first, a batch at a time, and drops rows that left the index meanwhile', async () => {
    const core = openTempCore();
    const ids = [];
    for (let i = 0; i < 5; i++)
      ids.push((await call<{ clipping: { id: string } }>(core, 'clippings.create', { title: `Report ${i}`, text: `ceasefire talks, day ${i}` })).clipping.id);
    await call(core, 'clippings.trash', { ids: [ids[0]] });
    const db = libraryWith(core);
    const pairs = createPhrasePairs(db);
    // A budget already spent still fills one batch.
    expect(pairs.fill(0.000_001, 2)).toEqual({ done: 2, left: 2 });
    const filled = db.prepare('SELECT id FROM search_pairs_docsize ORDER BY id').pluck().all();
    const newest = db.prepare('SELECT rowid FROM clippings ORDER BY rowid DESC LIMIT 2').pluck().all();
    expect(filled).toEqual([...newest].reverse());
    expect(pairs.fill(1_000, 2)).toEqual({ done: 2, left: 0 });
    expect(db.prepare('SELECT count(*) FROM search_pairs_docsize').pluck().get()).toBe(4);
  });
});
