// The ranked rows of one search over the search index: every-group matches first (bm25 with field
// weights), then the rest by bm25 — bounded, so a long question stays fast on a big library: the
// second tier looks only for the rarest groups (a word in most texts adds time, not order), and
// counts stop at SEARCH_COUNT_CAP (match-survey.ts).
import type Database from 'better-sqlite3';
import { meaningfulGroups } from '../../../shared/search/fts-query';
import type { SearchKind, SearchQuery, SearchTerm } from '../../../shared/search/query-syntax';
import type { FilterSql } from './filters';
import { createMatchSurvey, noCounts } from './match-survey';
import { allGroupsMatch, anyGroupMatch, groupText } from './match-text';
import { MARKED_COLUMNS, type MarkedRow } from './search-hits';
import { statementCache } from './statement-cache';

/** Column weights in the index's order: kind, item_id (unindexed), title, body, extra, keys. */
export const SEARCH_WEIGHTS = [0, 0, 3, 1, 1, 0.3] as const;
/** FTS5 sorts by rank itself, so snippets are made only for the rows returned. */
const RANK = `bm25(${SEARCH_WEIGHTS.join(', ')})`;

/** A group found in more rows than this is left out of the second tier when rarer groups exist. */
const COMMON_GROUP_ROWS = 5000;
/**
 * BM25 is computed for every row a MATCH finds before the best are known; past this many rows (a
 * common word in a big library) only the newest this many are ranked (BM25 costs about 5 µs a row), so a keystroke stays fast.
 */
const RANKED_ROWS_CAP = 2000;
/** The second tier looks for at most this many of the rarest groups. */
const SECOND_TIER_GROUPS = 32;

export interface RankedDoc extends MarkedRow {
  doc: number;
  /** bm25: lower is better. */
  bm25: number;
  tier: 0 | 1;
}

const withDoc = (where: string) => where.replaceAll('{doc}', 'search_index.rowid');

export function createRankedSearch(db: Database.Database) {
  const statement = statementCache(db);
  const survey = createMatchSurvey(db, RANKED_ROWS_CAP);
  const groupRows = db.prepare<[string, number], number>('SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT ?)').pluck();

  function ranked(match: string, filter: FilterSql, limit: number, floor: number): Array<MarkedRow & { doc: number; bm25: number }> {
    const sql = `SELECT search_index.rowid AS doc, rank AS bm25, ${MARKED_COLUMNS} FROM search_index
      WHERE search_index MATCH @match AND rank MATCH '${RANK}' AND search_index.rowid >= CAST(@floor AS INTEGER) AND ${withDoc(filter.where)}
      ORDER BY rank LIMIT @limit`;
    return statement(sql).all({ ...filter.params, match, limit, floor }) as Array<MarkedRow & { doc: number; bm25: number }>;
  }

  /** The groups the second tier looks for: the rarest, leaving out those in most rows. */
  function secondTierGroups(query: SearchQuery): SearchTerm[][] {
    const groups = meaningfulGroups(query).map((group) => ({ group, rows: groupRows.get(groupText(group), COMMON_GROUP_ROWS)! }));
    groups.sort((a, b) => a.rows - b.rows);
    const rare = groups.filter((entry) => entry.rows < COMMON_GROUP_ROWS);
    return (rare.length > 0 ? rare : groups.slice(0, 2)).slice(0, SECOND_TIER_GROUPS).map((entry) => entry.group);
  }

  /** The first `count` rows, best first, and the counts per kind of everything they were drawn from. */
  function rows(query: SearchQuery, filter: FilterSql, count: number): { docs: RankedDoc[]; counts: Record<SearchKind, number> } {
    const all = allGroupsMatch(query);
    if (all === null) return { docs: [], counts: noCounts() };
    const first = survey(all, filter);
    const docs: RankedDoc[] = ranked(all, filter, count, first.floor).map((row) => ({ ...row, tier: 0 }));
    const any = meaningfulGroups(query).length > 1 ? anyGroupMatch(query, secondTierGroups(query)) : null;
    if (any === null) return { docs, counts: first.counts };
    const widest = survey(any, filter);
    if (docs.length >= count) return { docs, counts: widest.counts };
    const seen = new Set(docs.map((row) => row.doc));
    for (const row of ranked(any, filter, count + docs.length, widest.floor)) {
      if (docs.length >= count) break;
      if (!seen.has(row.doc)) docs.push({ ...row, tier: 1 });
    }
    return { docs, counts: widest.counts };
  }

  return { rows };
}
