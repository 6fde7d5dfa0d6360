// One pass over a MATCH's rows, newest first, that yields both what ranking needs (the newest rows
// that pass the filters, each with its bm25) and the counts per kind. Each statement that runs a
// MATCH pays its full evaluation again (a phrase reads positions, a common word a long list), so
// doing this once, instead of once for counts and again for ranking, is most of a query's cost; and
// bm25 is computed only for the newest rows the filters keep (the pass continues past them in a
// second statement that only counts).
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

/**
 * `rank`: the bm25() call that scores a row (its column weights); `table`: the full-text table
 * matched, search_index or its next-word index search_pairs (phrase-pairs.ts), whose rowids are the same.
 */
export function createMatchSurvey(db: Database.Database, rankedRows: number, rank: string, table = 'search_index') {
  const statement = statementCache(db);
  const sql = (score: boolean, where: string, older: string) => `SELECT ${table}.rowid AS doc, d.kind AS kind${score ? `, ${rank} AS bm25` : ''}
    FROM ${table} LEFT JOIN search_docs d ON ${table}.rowid >= ${DOCS_ROWID_BASE} AND d.doc = ${table}.rowid
    WHERE ${table} MATCH @match AND ${where.replaceAll('{doc}', `${table}.rowid`)}${older} ORDER BY ${table}.rowid DESC`;

  /**
   * Rows of other kinds have rowids from DOCS_ROWID_BASE up, so newest first they all come before
   * any clipping: every one is counted, and the pass stops once clippings reach the cap and the
   * floor is known. A library holds far fewer of those than clippings. SQLite works out every
   * column of every row it steps over, so the newest rows are scored in a statement of their own
   * (LIMIT) and the rest only counted: a prefix of thousands of names matched 2,500 cards and events
   * before its first clipping, and scoring them all cost three times what ranking needs.
   */
  return (match: string, filter: FilterSql, scoring: boolean): MatchSurvey => {
    const counts = noCounts();
    const scored: MatchSurvey['scored'] = [];
    let seen = 0;
    let below: number | null = null;
    const count = (kind: SearchKind | null) => {
      seen++;
      counts[kind ?? 'clipping']++;
    };
    if (scoring) {
      const head = statement(`${sql(true, filter.where, '')} LIMIT @limit`);
      for (const row of head.iterate({ ...filter.params, match, limit: rankedRows }) as Iterable<{ doc: number; kind: SearchKind | null; bm25: number }>) {
        scored.push({ doc: row.doc, bm25: row.bm25 });
        count(row.kind);
        below = row.doc;
      }
    }
    const done = () => counts.clipping >= SEARCH_COUNT_CAP && seen >= rankedRows;
    if (!scoring || (seen === rankedRows && !done())) {
      const tail = statement(sql(false, filter.where, below === null ? '' : ` AND ${table}.rowid < CAST(@below AS INTEGER)`));
      for (const row of tail.iterate({ ...filter.params, match, ...(below === null ? {} : { below }) }) as Iterable<{ kind: SearchKind | null }>) {
        count(row.kind);
        if (done()) break;
      }
    }
    for (const kind of Object.keys(counts) as SearchKind[]) counts[kind] = Math.min(counts[kind], SEARCH_COUNT_CAP);
    return { scored, counts };
  };
}
