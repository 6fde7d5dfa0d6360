// A prefix (word*) as the index's own words that start with it. FTS5 evaluates `"tesh" *` by
// merging the document lists of every word it expands to, in full, before the first row comes out,
// and again for each statement that uses it: at 100,000 clippings a prefix of a thousand rare words
// cost half a second. An OR of exact words is read lazily, newest first, and stops with the rows
// needed. The words come from an fts5vocab table over the index, created for this connection only
// (TEMP: the library's schema is untouched); at most MAX_WORDS, those in the most items, with a hint
// when more were left out.
import type Database from 'better-sqlite3';
import type { SearchQuery, SearchTerm } from '../../../shared/search/query-syntax';

/** An OR of more words than this costs more per row than it saves (16 took ~40 ms for a prefix of thousands of common words at 100,000 clippings, 8 ~20 ms). */
const MAX_WORDS = 8;
/** Vocabulary rows read per prefix, alphabetically; a one-letter prefix has thousands. */
const MAX_VOCABULARY_ROWS = 4000;
const CACHE_LIMIT = 100;

interface Expansion {
  /** The terms searched for instead of the prefix. */
  terms: SearchTerm[];
  /** Words starting with the prefix, when more than MAX_WORDS. */
  leftOut: number;
}

/** The first string after every string starting with `prefix`. */
function pastPrefix(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

export function createPrefixExpansion(db: Database.Database) {
  db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_index_words USING fts5vocab(main, search_index, col)');
  const words = db.prepare<[string, string], { term: string; docs: number }>(`
    SELECT term, sum(doc) AS docs FROM (SELECT term, doc FROM temp.search_index_words WHERE term >= ? AND term < ? AND col IN ('title', 'body', 'extra') LIMIT ${MAX_VOCABULARY_ROWS})
    GROUP BY term ORDER BY docs DESC, term`);
  const found = db.prepare<[string], number>('SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT 1)').pluck();
  const changes = db.prepare('SELECT total_changes()').pluck();
  const version = db.prepare('PRAGMA data_version').pluck();
  const cache = new Map<string, Expansion | null>();
  let cachedAt = '';

  /**
   * The index holds stemmed words, and a quoted word is stemmed again when searched, which may
   * change a stem ("nurs", from nurse, would be searched as "nur"): such a stem is searched by a
   * spelling with a final e, which stems to it, or else as a prefix of itself when few words start
   * with it (null: left out).
   */
  function termFor(word: string, startingWith: number): SearchTerm | null {
    for (const spelling of [word, `${word}e`])
      if (found.get(`{title body extra} : "${spelling.replace(/"/g, '""')}"`) === 1) return { type: 'phrase', words: [spelling] };
    return startingWith <= MAX_WORDS ? { type: 'word', word, prefix: true } : null;
  }

  function expand(prefix: string): Expansion | null {
    const now = `${changes.get() as number}:${version.get() as number}`;
    if (now !== cachedAt) cache.clear();
    cachedAt = now;
    if (cache.has(prefix)) return cache.get(prefix)!;
    const rows = words.all(prefix, pastPrefix(prefix));
    const terms = rows
      .slice(0, MAX_WORDS)
      .map((row) => termFor(row.term, rows.filter((other) => other.term.startsWith(row.term)).length))
      .filter((term): term is SearchTerm => term !== null);
    const expansion = terms.length === 0 ? null : { terms, leftOut: rows.length - terms.length };
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(prefix, expansion);
    return expansion;
  }

  /** `query` with each searched prefix replaced by its words (in the same group: alternatives), and hints. */
  return (query: SearchQuery): { query: SearchQuery; hints: string[] } => {
    const hints: string[] = [];
    const groups = query.groups.map((group) =>
      group.flatMap((term) => {
        if (term.type !== 'word' || !term.prefix) return [term];
        const expansion = expand(term.word);
        if (expansion === null) return [term];
        if (expansion.leftOut > 0)
          hints.push(
            `“${term.word}*” starts ${(expansion.terms.length + expansion.leftOut).toLocaleString('en-GB')} or more words; the ${expansion.terms.length} found in the most items were searched. Type more letters to narrow it.`,
          );
        return expansion.terms;
      }),
    );
    return { query: { ...query, groups }, hints };
  };
}
