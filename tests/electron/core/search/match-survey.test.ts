// One pass over a MATCH gives the counts per kind and, when asked, bm25 for the newest rows the
// filters keep, and only for those: rows a filter drops are never scored.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { filterSql } from '../../../../electron/core/search/filters';
import { createMatchSurvey } from '../../../../electron/core/search/match-survey';
import { parseSearchQuery, SEARCH_KINDS } from '../../../../shared/search/query-syntax';
import { openTempCore, valueOf } from '../../../helpers/temp-library';

const RANK = 'bm25(search_index, 0, 0, 3, 1, 1, 0.3)';

describe('match survey', () => {
  it('scores the newest rows that pass the filters, and counts the rest', async () => {
    const core = openTempCore();
    const ids: string[] = [];
    for (let index = 0; index < 6; index++) {
      const created = await core.dispatch('clippings.create', { title: `Report ${index}`, text: `Shelling near the river, day ${index}.` });
      const id = (valueOf(created) as { clipping: { id: string } }).clipping.id;
      await core.dispatch('clippings.update', { id, patch: { outlet: index % 2 === 0 ? 'Reuters' : 'BBC' } });
      ids.push(id);
    }
    const db = new Database(join(core.dir, 'library.sqlite'), { readonly: true });
    onTestFinished(() => {
      db.close();
    });
    const rowidOf = new Map((db.prepare('SELECT id, rowid FROM clippings').all() as Array<{ id: string; rowid: number }>).map((row) => [row.rowid, row.id]));
    const survey = createMatchSurvey(db, 2, RANK);
    const reuters = filterSql(parseSearchQuery('outlet:reuters').filters, SEARCH_KINDS);

    const scored = survey('"shelling"', reuters, true);
    expect(scored.counts.clipping).toBe(3);
    expect(scored.scored.map((row) => rowidOf.get(row.doc))).toEqual([ids[4], ids[2]]);
    expect(scored.scored.every((row) => row.bm25 < 0)).toBe(true);
    expect(survey('"shelling"', reuters, false)).toEqual({ scored: [], counts: scored.counts });
  });

  it('scores only the newest rows, however many rows of other kinds come before the first clipping', async () => {
    const core = openTempCore();
    for (let index = 0; index < 3; index++) await core.dispatch('clippings.create', { title: `Dispatch ${index}`, text: `Talks in Geneva, round ${index}.` });
    for (let index = 0; index < 5; index++) await core.dispatch('notes.create', { title: `Geneva note ${index}` });
    const db = new Database(join(core.dir, 'library.sqlite'), { readonly: true });
    onTestFinished(() => {
      db.close();
    });
    let scoredRows = 0;
    db.function('counted', (score: number) => {
      scoredRows++;
      return score;
    });
    const survey = createMatchSurvey(db, 2, `counted(${RANK})`);
    const everything = filterSql(parseSearchQuery('').filters, SEARCH_KINDS);

    const result = survey('"geneva"', everything, true);
    expect(result.counts).toMatchObject({ clipping: 3, note: 5 });
    expect(result.scored).toHaveLength(2);
    expect(result.scored[0]!.doc).toBeGreaterThan(result.scored[1]!.doc);
    expect(scoredRows).toBe(2);
  });
});
