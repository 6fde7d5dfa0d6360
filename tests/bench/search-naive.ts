// The naive ways the search bench measures beside search.query, in the same run and on the same
// library: the plain FTS5 query (bm25 over an OR of the query's words, top 20 with snippets, on the
// core's own index table) and a plain LIKE '%word%' scan over every clipping's text. For a shape of
// phrases, also FTS5's own count of each phrase: the least any search of it can do on this index.
import type Database from 'better-sqlite3';
import { parseSearchQuery, type SearchTerm } from '../../shared/search/query-syntax';

/** The core's FTS5 table (migration 008-search): kind, item_id, title, body, extra, keys. */
const INDEX_TABLE = 'search_index';
const BODY_COLUMN = 3;
const LIMIT = 20;

function wordsOf(term: SearchTerm): string[] {
  return term.type === 'phrase' ? term.words : [term.word];
}

/** The words a query looks for: its terms and the names in entity: filters, without syntax. */
function queryWords(query: string): Array<{ word: string; prefix: boolean }> {
  const parsed = parseSearchQuery(query);
  const words = parsed.groups.flat().flatMap((term) => wordsOf(term).map((word) => ({ word, prefix: term.type === 'word' && term.prefix })));
  for (const name of parsed.filters.entity) for (const word of name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) words.push({ word, prefix: false });
  return words;
}

/** Runs the naive FTS5 query for what was typed: every word, ORed, ranked by plain bm25. */
export function naiveFullText(db: Database.Database): (query: string) => unknown[] {
  const statement = db.prepare(`
    SELECT rowid, kind, item_id, title, snippet(${INDEX_TABLE}, ${BODY_COLUMN}, '', '', '…', 12) AS snippet
    FROM ${INDEX_TABLE} WHERE ${INDEX_TABLE} MATCH ? ORDER BY bm25(${INDEX_TABLE}) LIMIT ${LIMIT}`);
  return (query) => {
    const match = queryWords(query)
      .map(({ word, prefix }) => `"${word}"${prefix ? ' *' : ''}`)
      .join(' OR ');
    return statement.all(match);
  };
}

/** Whether the query is one quoted phrase and nothing else, written as FTS5 reads a phrase. */
export function isOnePhrase(query: string): boolean {
  const parsed = parseSearchQuery(query);
  const [term, ...more] = parsed.groups.flat();
  return term?.type === 'phrase' && more.length === 0 && parsed.excluded.length === 0 && query === `"${term.words.join(' ')}"`;
}

/** Counts the rows of a one-phrase query as FTS5 finds them: no ranking, no snippets. */
export function phraseCount(db: Database.Database): (query: string) => number {
  const statement = db.prepare(`SELECT count(*) FROM ${INDEX_TABLE} WHERE ${INDEX_TABLE} MATCH ?`).pluck();
  return (query) => statement.get(query) as number;
}

/**
 * Runs a LIKE scan for what was typed: every clipping whose text holds each required word (a phrase
 * as one string, OR-groups as alternatives, -words absent, an entity: name as written).
 * Unranked and unlimited: a LIKE cannot rank, so it reads every clipping.
 */
export function likeScan(db: Database.Database): (query: string) => unknown[] {
  return (query) => {
    const parsed = parseSearchQuery(query);
    const params: string[] = [];
    const like = (term: SearchTerm, negated = false) => {
      params.push(`%${wordsOf(term).join(' ')}%`);
      return `text ${negated ? 'NOT ' : ''}LIKE ?`;
    };
    const conditions = parsed.groups.map((group) => `(${group.map((term) => like(term)).join(' OR ')})`);
    conditions.push(...parsed.excluded.map((term) => like(term, true)));
    for (const name of parsed.filters.entity) conditions.push(like({ type: 'phrase', words: [name] }));
    const where = conditions.length > 0 ? conditions.join(' AND ') : '1';
    return db.prepare(`SELECT id FROM clippings WHERE trashed_at IS NULL AND ${where}`).all(...params);
  };
}
