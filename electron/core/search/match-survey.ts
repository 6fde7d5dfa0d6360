// One pass over a MATCH's rows, newest first, that yields both what ranking needs (the newest rows
// that pass the filters, each with its bm25) and the counts per kind. Each statement that runs a
// MATCH pays its full evaluation again (a phrase reads positions, a common word a long list), so
// doing this once, instead of once for counts and again for ranking, is most of a query's cost; and
// bm25 is computed only for rows the filters keep.
import type Database from 'better-sqlite3';
import type { SearchKind } from '../../../shared/search/query-syntax';
import { SEARCH_COUNT_CAP } from '../../../shared/search/types';
import { DOCS_ROWID_BASE, type FilterSql } from './filters';
import { statementCache } from './statement-cache';

export interface MatchSurvey {
  /** The newest `rankedRows` matches with their bm25 (lower is better); empty when not asked for. */
  scored: Array<{ doc: number; bm25: number }>;
  /** Matches per kind, each up to SEARCH_COUNT_CAP. */
  counts: Record<SearchKind, number>;
}

export function noCounts(): Record<SearchKind, number> {
  return { clipping: 0, passage: 0, note: 0, card: 0, event: 0 };
}

/** `rank`: the bm25() call that scores a row (its column weights). */
export function createMatchSurvey(db: Database.Database, rankedRows: number, rank: string) {
  const statement = statementCache(db);

  /**
   * Rows of other kinds have rowids from DOCS_ROWID_BASE up, so newest first they all come before
   * any clipping: every one is counted, and the pass stops once clippings reach the cap and the
   * floor is known. A library holds far fewer of those than clippings.
   */
  return (match: string, filter: FilterSql, scoring: boolean): MatchSurvey => {
    const sql = `SELECT search_index.rowid AS doc, d.kind AS kind${scoring ? `, ${rank} AS bm25` : ''} FROM search_index
      LEFT JOIN search_docs d ON search_index.rowid >= ${DOCS_ROWID_BASE} AND d.doc = search_index.rowid
      WHERE search_index MATCH @match AND ${filter.where.replaceAll('{doc}', 'search_index.rowid')}
      ORDER BY search_index.rowid DESC`;
    const counts = noCounts();
    const scored: MatchSurvey['scored'] = [];
    let seen = 0;
    for (const row of statement(sql).iterate({ ...filter.params, match }) as Iterable<{ doc: number; kind: SearchKind | null; bm25?: number }>) {
      if (scoring && seen < rankedRows) scored.push({ doc: row.doc, bm25: row.bm25! });
      seen++;
      counts[row.kind ?? 'clipping']++;
      if (counts.clipping >= SEARCH_COUNT_CAP && seen >= rankedRows) break;
    }
    for (const kind of Object.keys(counts) as SearchKind[]) counts[kind] = Math.min(counts[kind], SEARCH_COUNT_CAP);
    return { scored, counts };
  };
}
