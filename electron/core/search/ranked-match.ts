// Ranking for what an analyst types, over any FTS5 table: results that match every meaningful
// word (or phrase, or OR-group) come first, by BM25; then those that match only some of them,
// by BM25 — so a long question finds its best matches instead of nothing when one word is missing.
import type Database from 'better-sqlite3';
import { ftsMatch } from '../../../shared/search/fts-query';
import type { SearchQuery } from '../../../shared/search/query-syntax';

export interface RankedRow {
  rowid: number;
  /** BM25 as FTS5 gives it: lower is better. */
  score: number;
  /** 0: matches every group; 1: matches some. */
  tier: 0 | 1;
}

/**
 * Prepares the ranked search over `table`, whose columns are weighted by `weights` (a title or a
 * name counts more than body text). The table name and weights are the caller's constants.
 */
export function rankedMatcher(db: Database.Database, table: string, weights: readonly number[]) {
  const bm25 = `bm25(${table}${weights.map((weight) => `, ${weight}`).join('')})`;
  const statement = db.prepare<[string, number], { rowid: number; score: number }>(
    `SELECT rowid, ${bm25} AS score FROM ${table} WHERE ${table} MATCH ? ORDER BY score LIMIT ?`,
  );
  return (query: SearchQuery, limit: number): RankedRow[] => {
    const all = ftsMatch(query, 'all');
    if (all === null) return [];
    const rows: RankedRow[] = statement.all(all, limit).map((row) => ({ ...row, tier: 0 as const }));
    const any = ftsMatch(query, 'any');
    if (rows.length >= limit || any === null || any === all) return rows;
    const seen = new Set(rows.map((row) => row.rowid));
    for (const row of statement.all(any, limit + rows.length)) {
      if (rows.length >= limit) break;
      if (!seen.has(row.rowid)) rows.push({ ...row, tier: 1 });
    }
    return rows;
  };
}
