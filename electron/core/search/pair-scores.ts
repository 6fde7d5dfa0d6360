// search_index's bm25 for rows found on the next-word index (phrase-pairs.ts). search_pairs holds
// the same rows with the same token counts, but it is a contentless_delete table, and FTS5 does not
// take a deleted row off such a table's averages record (SQLite 3.51): its row count and token
// totals only grow, so its own bm25 uses too large an IDF and mean row length. Each row's phrase
// frequency is recovered from that score (bm25 solved for it, with the statistics it used), then
// scored again with search_index's statistics: what FTS5's bm25 gives on search_index.
import type Database from 'better-sqlite3';
import { indexTotals, phraseFrequency, phraseIdf, phraseScore, rowLength } from './bm25-formula';
import type { MatchSurvey } from './match-survey';
import { statementCache } from './statement-cache';

export function createPairScores(db: Database.Database) {
  const statement = statementCache(db);
  const averages = (table: string) => db.prepare<[], Buffer>(`SELECT block FROM ${table}_data WHERE id = 1`).pluck();
  const pairAverages = averages('search_pairs');
  const indexAverages = averages('search_index');
  const docsize = db.prepare<[number], Buffer>('SELECT sz FROM search_pairs_docsize WHERE id = CAST(? AS INTEGER)').pluck();

  /** `scored`: rows of `match` on search_pairs with FTS5's bm25 there; returned with search_index's. */
  return (match: string, scored: MatchSurvey['scored']): MatchSurvey['scored'] => {
    if (scored.length === 0) return scored;
    // FTS5 counts the phrase's rows for its IDF, as here; both tables hold the same rows.
    const hits = statement('SELECT count(*) FROM search_pairs WHERE search_pairs MATCH ?').pluck().get(match) as number;
    const pairs = indexTotals(pairAverages.get());
    const index = indexTotals(indexAverages.get());
    const pairIdf = phraseIdf(pairs.rowCount, hits);
    const indexIdf = phraseIdf(index.rowCount, hits);
    return scored.map(({ doc, bm25 }) => {
      const length = rowLength(docsize.get(doc));
      const frequency = phraseFrequency(-bm25, pairIdf, length, pairs);
      return { doc, bm25: -phraseScore(indexIdf, frequency, length, index) };
    });
  };
}
