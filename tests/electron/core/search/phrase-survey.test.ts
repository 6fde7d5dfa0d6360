// A one-phrase search is scored from one pass over its rows, with FTS5's bm25 formula and FTS5's own
// statistics: the scores must be FTS5's bm25(), row for row, and the counts the bm25 survey's.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { filterSql } from '../../../../electron/core/search/filters';
import { createMatchSurvey } from '../../../../electron/core/search/match-survey';
import { allGroupsMatch } from '../../../../electron/core/search/match-text';
import { createPhraseSurvey, mayOverlapItself, PHRASE_SURVEY_ROWS } from '../../../../electron/core/search/phrase-survey';
import { SEARCH_WEIGHTS } from '../../../../electron/core/search/ranked-search';
import { parseSearchQuery, SEARCH_KINDS } from '../../../../shared/search/query-syntax';
import type { SearchResults } from '../../../../shared/search/types';
import { callCore as call, openTempCore } from '../../../helpers/temp-library';

const RANK = `bm25(search_index, ${SEARCH_WEIGHTS.join(', ')})`;
const WEIGHTS = [2, 3, 4, 5].map((column) => [column, SEARCH_WEIGHTS[column]!] as const);

type TempCore = ReturnType<typeof openTempCore>;

async function library(): Promise<{ core: TempCore; db: Database.Database }> {
  const core = openTempCore();
  const texts = [
    ['Border crossing reopened', 'The border crossing reopened at dawn. Trucks queued at the border crossing all day.'],
    ['Market report', 'Prices rose. Nothing about any crossing of the border here.'],
    ['The border crossing', 'A short note.'],
    ['Long day', `${'Convoys waited. '.repeat(60)}Then the border crossing reopened, and the border crossing closed again at night.`],
    ['Rain', 'Rain fell on the hills.'],
    ['Rebels', 'Rebels rebels rebels the town. Rebels rebels the rebels rebels the hills, said rebels.'],
  ];
  for (const [title, text] of texts) await call(core, 'clippings.create', { title, text });
  await call(core, 'entities.create', { type: 'place', name: 'Border Crossing Point 7', aliases: ['the crossing'] });
  await call(core, 'events.create', { title: 'Border crossing reopened' });
  const db = new Database(join(core.dir, 'library.sqlite'), { readonly: true });
  onTestFinished(() => {
    db.close();
  });
  return { core, db };
}

function fts5Scores(db: Database.Database, match: string): Map<number, number> {
  const rows = db.prepare(`SELECT rowid AS doc, ${RANK} AS bm25 FROM search_index WHERE search_index MATCH ?`).all(match) as Array<{
    doc: number;
    bm25: number;
  }>;
  return new Map(rows.map((row) => [row.doc, row.bm25]));
}

describe('phrase survey', () => {
  it.each(['"border crossing"', '"border crossing reopened"', '"l zwhr"', '"the border crossing"', '"rebels rebels the"'])(
    'scores %s as FTS5 bm25() does, row for row',
    async (typed) => {
      const { db } = await library();
      const match = allGroupsMatch(parseSearchQuery(typed))!;
      const everything = filterSql(parseSearchQuery('').filters, SEARCH_KINDS);
      const ours = createPhraseSurvey(db, { weights: WEIGHTS })(match, everything)!;
      const expected = fts5Scores(db, match);
      expect(ours.scored.map((row) => row.doc).sort()).toEqual([...expected.keys()].sort());
      for (const row of ours.scored) expect(row.bm25).toBeCloseTo(expected.get(row.doc)!, 10);
      expect(ours.counts).toEqual(createMatchSurvey(db, 1000, RANK)(match, everything, true).counts);
    },
  );

  it('keeps only the rows the filters pass, yet counts every row for the IDF', async () => {
    const { db } = await library();
    const match = allGroupsMatch(parseSearchQuery('"border crossing"'))!;
    const events = filterSql(parseSearchQuery('kind:event').filters, ['event']);
    const ours = createPhraseSurvey(db, { weights: WEIGHTS })(match, events)!;
    const expected = fts5Scores(db, match);
    expect(ours.scored).toHaveLength(1);
    expect(ours.scored[0]!.bm25).toBeCloseTo(expected.get(ours.scored[0]!.doc)!, 10);
    expect(ours.counts).toEqual({ clipping: 0, passage: 0, note: 0, card: 0, event: 1 });
  });

  it('leaves a phrase in more rows than it reads to FTS5', async () => {
    const core = openTempCore();
    for (let index = 0; index <= PHRASE_SURVEY_ROWS; index++)
      await call(core, 'clippings.create', { title: `Day ${index}`, text: `Shelling near the river, ${index} days after the ${index % 7} talks.` });
    const db = new Database(join(core.dir, 'library.sqlite'), { readonly: true });
    onTestFinished(() => {
      db.close();
    });
    const match = allGroupsMatch(parseSearchQuery('"near the river"'))!;
    expect(createPhraseSurvey(db, { weights: WEIGHTS })(match, filterSql(parseSearchQuery('').filters, SEARCH_KINDS))).toBeNull();
    const results = await call<SearchResults>(core, 'search.query', { query: '"near the river"', limit: 5 });
    expect(results.counts.clipping).toBe(PHRASE_SURVEY_ROWS + 1);
  });

  it.each(['"border crossing"', '"rebels rebels the"'])('ranks search.query %s as FTS5 bm25() ranks the phrase', async (typed) => {
    const { core, db } = await library();
    const results = await call<SearchResults>(core, 'search.query', { query: typed, limit: 20 });
    const ranked = db
      .prepare(`SELECT item_id AS id FROM search_index WHERE search_index MATCH ? ORDER BY ${RANK}, rowid DESC`)
      .pluck()
      .all(allGroupsMatch(parseSearchQuery(typed))!);
    expect(results.hits.map((hit) => hit.id)).toEqual(ranked);
  });

  it('takes a phrase to overlap itself when its first words could also be its last (highlight() would mark two instances as one)', () => {
    expect(mayOverlapItself(['a', 'b', 'a'])).toBe(true);
    expect(mayOverlapItself(['the', 'forces', 'the'])).toBe(true);
    expect(mayOverlapItself(['Élan', 'vital', 'elan'])).toBe(true);
    expect(mayOverlapItself(['ab', 'cd', 'ab', 'cd'])).toBe(true);
    expect(mayOverlapItself(['rebels', 'rebels', 'the'])).toBe(false);
    expect(mayOverlapItself(['border', 'crossing'])).toBe(false);
    expect(mayOverlapItself(['border'])).toBe(false);
  });
});
