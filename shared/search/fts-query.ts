// A parsed search as FTS5 query text. Every word and phrase is a quoted string, so nothing typed
// can reach FTS5 as an operator; what FTS5 sees is only AND, OR, NOT, prefix * and parentheses that
// this file writes.
import type { SearchQuery, SearchTerm } from './query-syntax';
import { STOP_WORDS } from './stop-words';

/** `all`: every group must match (the first tier of results); `any`: any term (the rest, by score). */
export type MatchMode = 'all' | 'any';

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function termText(term: SearchTerm): string {
  if (term.type === 'phrase') return quoted(term.words.join(' '));
  return term.prefix ? `${quoted(term.word)} *` : quoted(term.word);
}

function isStopWord(term: SearchTerm): boolean {
  return term.type === 'word' && !term.prefix && STOP_WORDS.has(term.word);
}

/** The groups that carry meaning: a group made only of function words is dropped, unless all are. */
export function meaningfulGroups(query: SearchQuery): SearchTerm[][] {
  const kept = query.groups.filter((group) => !group.every(isStopWord));
  return kept.length > 0 ? kept : query.groups;
}

/**
 * The FTS5 MATCH text of `query`, or null when it has no word to look for (only filters, or only
 * exclusions: the caller lists by filters instead).
 */
export function ftsMatch(query: SearchQuery, mode: MatchMode): string | null {
  const groups = meaningfulGroups(query);
  if (groups.length === 0) return null;
  const group = (terms: SearchTerm[]) => (terms.length === 1 ? termText(terms[0]!) : `(${terms.map(termText).join(' OR ')})`);
  const positive = mode === 'all' ? groups.map(group).join(' AND ') : groups.flat().map(termText).join(' OR ');
  if (query.excluded.length === 0) return positive;
  return `(${positive}) NOT (${query.excluded.map(termText).join(' OR ')})`;
}
