// The ranked rows of one search over the search index: every-group matches first (bm25 with field
// weights), then the rest by bm25 — bounded, so a long question stays fast on a big library: the
// second tier looks only for the rarest groups (second-tier.ts), and counts stop at SEARCH_COUNT_CAP
// (match-survey.ts).
import type Database from 'better-sqlite3';
import { meaningfulGroups } from '../../../shared/search/fts-query';
import type { SearchKind, SearchQuery, SearchTerm } from '../../../shared/search/query-syntax';
import type { FilterSql } from './filters';
import { createMatchSurvey, noCounts, type MatchSurvey } from './match-survey';
import { allGroupsMatch, anyGroupMatch, groupText, phraseInColumns } from './match-text';
import { createPairScores } from './pair-scores';
import { createPhrasePairs, pairPhrase } from './phrase-pairs';
import { createPhraseSurvey, mayOverlapItself } from './phrase-survey';
import { chooseSecondTier, SECOND_TIER_ROWS } from './second-tier';
import { MARKED_COLUMNS, type MarkedRow } from './search-hits';
import { statementCache } from './statement-cache';

/** Column weights in the index's order: kind, item_id (unindexed), title, body, extra, keys. */
export const SEARCH_WEIGHTS = [0, 0, 3, 1, 1, 0.3] as const;
/** Each surveyed row's score, as a function call and as FTS5's rank setting (the same bm25). */
const RANK = `bm25(search_index, ${SEARCH_WEIGHTS.join(', ')})`;
const RANK_SPEC = `bm25(${SEARCH_WEIGHTS.join(', ')})`;
/** The same bm25 on the next-word index, whose columns are the index's indexed ones (pair-scores.ts corrects its statistics). */
const PAIR_RANK = `bm25(search_pairs, ${SEARCH_WEIGHTS.slice(2).join(', ')})`;
/** Rows × searched terms up to which rows are looked up one by one (about 15 µs per term each). */
const LOOKUP_BUDGET = 200;

/**
 * BM25 is computed for every row ranked before the best are known (about 5 µs a row); past this many
 * every-group matches (the first tier: one common word in a big library) only the newest are ranked,
 * so a keystroke stays fast.
 */
const FIRST_TIER_RANKED_ROWS = 1000;

/** The phrase of a search that is one phrase, nothing else and nothing excluded. */
function onePhrase(query: SearchQuery): string[] | null {
  const groups = meaningfulGroups(query);
  const term = groups.length === 1 && groups[0]!.length === 1 && query.excluded.length === 0 ? groups[0]![0]! : null;
  return term?.type === 'phrase' ? term.words : null;
}

/** A search of one phrase whose instances never overlap, so that highlight() marks each one (phrase-survey.ts). */
function scoredHere(query: SearchQuery): boolean {
  const words = onePhrase(query);
  return words !== null && !mayOverlapItself(words);
}

/** A survey's best `limit` rows: by bm25, the newer first among equals. */
function bestScored(surveyed: MatchSurvey, limit: number): MatchSurvey['scored'] {
  return [...surveyed.scored].sort((a, b) => a.bm25 - b.bm25 || b.doc - a.doc).slice(0, limit);
}

export interface RankedDoc extends MarkedRow {
  doc: number;
  /** bm25: lower is better. */
  bm25: number;
  tier: 0 | 1;
}

export function createRankedSearch(db: Database.Database) {
  const statement = statementCache(db);
  const survey = createMatchSurvey(db, FIRST_TIER_RANKED_ROWS, RANK);
  // The weighted columns a phrase is counted in: title, body, extra and keys.
  const phraseSurvey = createPhraseSurvey(db, { weights: [2, 3, 4, 5].map((column) => [column, SEARCH_WEIGHTS[column]!] as const) });
  const pairs = createPhrasePairs(db);
  const pairSurvey = createMatchSurvey(db, FIRST_TIER_RANKED_ROWS, PAIR_RANK, 'search_pairs');
  const pairScores = createPairScores(db);
  const groupRows = db.prepare<[string, number], number>('SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT ?)').pluck();
  const rowsUpTo = (group: SearchTerm[], limit: number) => groupRows.get(groupText(group), limit + 1)!;
  // One row looked up by rowid, which FTS5 seeks to in each word's list, so snippets cost only the rows
  // shown. The rowid is cast: bound as a JS number it is a real, which FTS5 does not take as a rowid.
  const marked = db.prepare<{ match: string; doc: number }, MarkedRow>(
    `SELECT ${MARKED_COLUMNS} FROM search_index WHERE search_index MATCH @match AND search_index.rowid = CAST(@doc AS INTEGER)`,
  );

  /** FTS5's own sort by rank over the surveyed rows (from the floor up): it scores them again, but makes snippets in one pass. */
  function sortedByFts(match: string, filter: FilterSql, limit: number, floor: number): Array<MarkedRow & { doc: number; bm25: number }> {
    const sql = `SELECT search_index.rowid AS doc, rank AS bm25, ${MARKED_COLUMNS} FROM search_index
      WHERE search_index MATCH @match AND rank MATCH '${RANK_SPEC}' AND search_index.rowid >= CAST(@floor AS INTEGER)
        AND ${filter.where.replaceAll('{doc}', 'search_index.rowid')}
      ORDER BY rank LIMIT @limit`;
    return statement(sql).all({ ...filter.params, match, limit, floor }) as Array<MarkedRow & { doc: number; bm25: number }>;
  }

  /**
   * The marked columns of `docs` in one pass over the range they span, which holds only the surveyed
   * rows when every row passes the filters (the survey read them newest first without a gap): far
   * cheaper than seeking each row in every searched word's list, or scoring the range again.
   */
  function markedInRange(match: string, docs: ReadonlyArray<{ doc: number; bm25: number }>) {
    if (docs.length === 0) return [];
    const sql = `SELECT search_index.rowid AS doc, ${MARKED_COLUMNS} FROM search_index
      WHERE search_index MATCH @match AND search_index.rowid BETWEEN CAST(@low AS INTEGER) AND CAST(@high AS INTEGER)
        AND +search_index.rowid IN (SELECT value FROM json_each(@docs))`;
    const ids = docs.map((row) => row.doc);
    const found = new Map(
      (statement(sql).all({ match, low: Math.min(...ids), high: Math.max(...ids), docs: JSON.stringify(ids) }) as Array<MarkedRow & { doc: number }>).map(
        (row) => [row.doc, row],
      ),
    );
    return docs.flatMap((row) => {
      const marked = found.get(row.doc);
      return marked ? [{ ...marked, doc: row.doc, bm25: row.bm25 }] : [];
    });
  }

  /** The marked columns of `docs`, each looked up in the index by its rowid. */
  function lookedUp(match: string, docs: ReadonlyArray<{ doc: number; bm25: number }>) {
    return docs.flatMap((row) => {
      const found = marked.get({ match, doc: row.doc });
      return found ? [{ ...found, doc: row.doc, bm25: row.bm25 }] : [];
    });
  }

  /**
   * The next-word index's MATCH for a search that is one phrase of two or more words, or null
   * (then search_index is matched): only once every row of the index has its pairs, so that both
   * find the same rows and score them alike.
   */
  function pairMatch(query: SearchQuery): string | null {
    const words = onePhrase(query);
    // Stemmed only when the pairs can be used: while rows are queued, that work would be wasted.
    const phrase = words === null || !pairs.complete() ? null : pairPhrase(pairs.stems(words.join(' ')));
    return phrase === null ? null : phraseInColumns(words!, phrase);
  }

  /**
   * The best `limit` rows of the first tier's survey, with their snippets. Looking rows up one by one
   * costs per row and per searched term; scoring again costs the whole surveyed range (and rows the
   * filters drop). So few rows of few terms are looked up, and many are left to FTS5's sort.
   */
  function best(match: string, filter: FilterSql, surveyed: MatchSurvey, limit: number, terms: number) {
    if (limit <= 0) return [];
    const ranked = () => bestScored(surveyed, limit);
    const cap = FIRST_TIER_RANKED_ROWS;
    const capped = surveyed.scored.length >= cap;
    // Seeking pays per row and word; a range pays per row in it that holds every word, which for a
    // phrase of a few matches spread over the library is most of the library, so it waits until
    // there are many matches (the range is then the newest of them) or many words.
    if (filter.keepsAll && (capped || limit * terms > LOOKUP_BUDGET)) return markedInRange(match, ranked());
    if (limit * terms > LOOKUP_BUDGET) {
      const floor = capped ? surveyed.scored[cap - 1]!.doc : 0;
      return sortedByFts(match, filter, limit, floor);
    }
    return lookedUp(match, ranked());
  }

  /**
   * The best `limit` rows of the second tier not in `skip`, with their snippets, ranked by FTS5 in one
   * pass: rows of some groups are spread over the whole library, so reading each afterwards for its
   * snippets would cost more than ranking them. Past SECOND_TIER_ROWS rows, only the newest are ranked.
   */
  function secondTierBest(match: string, filter: FilterSql, overBudget: boolean, limit: number, skip: ReadonlySet<number>) {
    if (limit <= 0) return [];
    const floor = overBudget ? newestRowsFloor(match, filter) : 0;
    return sortedByFts(match, filter, limit + skip.size, floor)
      .filter((row) => !skip.has(row.doc))
      .slice(0, limit);
  }

  /** The rowid of the SECOND_TIER_ROWS-th newest row of `match` that passes the filters (0 when there are fewer). */
  function newestRowsFloor(match: string, filter: FilterSql): number {
    const sql = `SELECT search_index.rowid FROM search_index WHERE search_index MATCH @match
      AND ${filter.where.replaceAll('{doc}', 'search_index.rowid')} ORDER BY search_index.rowid DESC LIMIT 1 OFFSET ${SECOND_TIER_ROWS - 1}`;
    const row = statement(sql).get({ ...filter.params, match }) as { rowid: number } | undefined;
    return row?.rowid ?? 0;
  }

  /** The first `count` rows, best first, and the counts per kind of everything they were drawn from. */
  function rows(query: SearchQuery, filter: FilterSql, count: number): { docs: RankedDoc[]; counts: Record<SearchKind, number> } {
    const all = allGroupsMatch(query);
    if (all === null) return { docs: [], counts: noCounts() };
    const viaPairs = pairMatch(query);
    if (viaPairs !== null) {
      // A phrase's rows are few on the pairs; its snippets are read from the index, row by row.
      const surveyed = pairSurvey(viaPairs, filter, true);
      const scored = { ...surveyed, scored: pairScores(viaPairs, surveyed.scored) };
      return { docs: lookedUp(all, bestScored(scored, count)).map((row) => ({ ...row, tier: 0 })), counts: surveyed.counts };
    }
    const terms = query.groups.flat().length + query.excluded.length;
    const first = (scoredHere(query) ? phraseSurvey(all, filter) : null) ?? survey(all, filter, true);
    const docs: RankedDoc[] = best(all, filter, first, count, terms).map((row) => ({ ...row, tier: 0 }));
    const groups = meaningfulGroups(query);
    const second = groups.length > 1 ? chooseSecondTier(groups, rowsUpTo) : null;
    const any = second === null ? null : anyGroupMatch(query, second.groups);
    if (second === null || any === null) return { docs, counts: first.counts };
    // The counts are of everything the second tier could draw from; its rows are ranked only when the page needs them.
    const { counts } = survey(any, filter, false);
    const seen = new Set(docs.map((row) => row.doc));
    for (const row of secondTierBest(any, filter, second.overBudget, count - docs.length, seen)) docs.push({ ...row, tier: 1 });
    return { docs, counts };
  }

  return { rows };
}
