// The survey of a search that is one phrase, scored here instead of by FTS5's bm25(). FTS5 works out
// a phrase's IDF on its first bm25() call by running the phrase once more over the whole index: a
// phrase of common words reads every position of those words (24–45 ms at 100,000 clippings), so
// bm25 cost a phrase twice that. A phrase found in few rows is instead read once, with each row's
// instances (counted from highlight()), and scored with FTS5's own formula from its own statistics:
// the row count and token totals of its averages record, and each row's length in its docsize table.
import type Database from 'better-sqlite3';
import { SEARCH_COUNT_CAP } from '../../../shared/search/types';
import { indexTotals, phraseIdf, phraseScore, rowLength } from './bm25-formula';
import { DOCS_ROWID_BASE, type FilterSql } from './filters';
import { noCounts, type MatchSurvey } from './match-survey';
import { statementCache } from './statement-cache';

/** More matching rows than this and the phrase is left to FTS5's bm25 (highlighting each row costs ~30 µs). */
export const PHRASE_SURVEY_ROWS = 200;
/** Marks each phrase instance in the highlighted columns, which hold no control characters. */
const MARK = '\u0001';

/** The index's columns that a phrase is counted in, with their bm25 weights (the rest weigh nothing here). */
export interface PhraseColumns {
  /** Column number in the FTS5 table → weight. */
  weights: ReadonlyArray<readonly [number, number]>;
}

/**
 * `(match, filter)` → the survey, as the bm25 survey would give it, or null when the phrase is in
 * more than PHRASE_SURVEY_ROWS rows (then FTS5's bm25 is the cheaper way).
 */
export function createPhraseSurvey(db: Database.Database, { weights }: PhraseColumns) {
  const statement = statementCache(db);
  const averages = db.prepare<[], Buffer>('SELECT block FROM search_index_data WHERE id = 1').pluck();
  const docsize = db.prepare<[number], Buffer>('SELECT sz FROM search_index_docsize WHERE id = CAST(? AS INTEGER)').pluck();
  const highlighted = weights.map(([column]) => `highlight(search_index, ${column}, '${MARK}', '') AS c${column}`).join(', ');

  return (match: string, filter: FilterSql): MatchSurvey | null => {
    // Every row of the phrase is read (its IDF counts them all); the filters only decide which are kept.
    const sql = `SELECT search_index.rowid AS doc, d.kind AS kind, ${filter.where.replaceAll('{doc}', 'search_index.rowid')} AS kept, ${highlighted}
      FROM search_index LEFT JOIN search_docs d ON search_index.rowid >= ${DOCS_ROWID_BASE} AND d.doc = search_index.rowid
      WHERE search_index MATCH @match ORDER BY search_index.rowid DESC`;
    const rows: Array<Record<string, unknown> & { doc: number; kind: string | null; kept: number }> = [];
    for (const row of statement(sql).iterate({ ...filter.params, match }) as Iterable<(typeof rows)[number]>) {
      if (rows.length === PHRASE_SURVEY_ROWS) return null;
      rows.push(row);
    }
    const totals = indexTotals(averages.get());
    const idf = phraseIdf(totals.rowCount, rows.length);
    const counts = noCounts();
    const scored: MatchSurvey['scored'] = [];
    for (const row of rows) {
      if (!row.kept) continue;
      counts[(row.kind ?? 'clipping') as keyof typeof counts]++;
      let frequency = 0;
      for (const [column, weight] of weights) frequency += weight * instances(row[`c${column}`]);
      scored.push({ doc: row.doc, bm25: -phraseScore(idf, frequency, rowLength(docsize.get(row.doc)), totals) });
    }
    for (const kind of Object.keys(counts) as Array<keyof typeof counts>) counts[kind] = Math.min(counts[kind], SEARCH_COUNT_CAP);
    return { scored, counts };
  };
}

/**
 * Whether instances of the phrase could overlap, which highlight() marks as one ("a b a" twice in
 * "a b a b a"): when its first k words are also its last k, for some k. Words are compared by
 * their first letter, folded, since their stems are not known here: two words of one stem are never
 * taken to differ, so no phrase that could overlap is counted here.
 */
export function mayOverlapItself(words: readonly string[]): boolean {
  const initials = words.map((word) => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().charAt(0));
  for (let k = 1; k < initials.length; k++) {
    if (initials.slice(0, k).every((initial, index) => initial === initials[initials.length - k + index])) return true;
  }
  return false;
}

function instances(marked: unknown): number {
  if (typeof marked !== 'string') return 0;
  let count = 0;
  for (let at = marked.indexOf(MARK); at >= 0; at = marked.indexOf(MARK, at + 1)) count++;
  return count;
}
