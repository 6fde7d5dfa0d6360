// A parsed search as FTS5 MATCH text over the search index: every word and phrase quoted (nothing
// typed reaches FTS5 as an operator), searched in the text columns, and each long enough word also
// by its transliteration key in the `keys` column (Jolani finds al-Julani's card).
import { meaningfulGroups } from '../../../shared/search/fts-query';
import type { SearchQuery, SearchTerm } from '../../../shared/search/query-syntax';
import { searchKeyOfWord } from '../../../shared/search/search-key';

const TEXT_COLUMNS = '{title body extra}';

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function termText(term: SearchTerm): string {
  if (term.type === 'phrase') return `${TEXT_COLUMNS} : ${quoted(term.words.join(' '))}`;
  if (term.prefix) return `${TEXT_COLUMNS} : ${quoted(term.word)} *`;
  const key = searchKeyOfWord(term.word);
  const plain = `${TEXT_COLUMNS} : ${quoted(term.word)}`;
  return key === null ? plain : `(${plain} OR keys : ${quoted(key)})`;
}

/** One group (its terms are alternatives) as MATCH text. */
export function groupText(group: readonly SearchTerm[]): string {
  return group.length === 1 ? termText(group[0]!) : `(${group.map(termText).join(' OR ')})`;
}

function withExclusions(query: SearchQuery, positive: string): string {
  if (query.excluded.length === 0) return positive;
  const excluded = query.excluded.map((term) => (term.type === 'phrase' ? term.words.join(' ') : term.word));
  return `(${positive}) NOT ${TEXT_COLUMNS} : (${excluded.map(quoted).join(' OR ')})`;
}

/** Every group must match: the first tier of results. Null when there is no word to look for. */
export function allGroupsMatch(query: SearchQuery): string | null {
  const groups = meaningfulGroups(query);
  if (groups.length === 0) return null;
  return withExclusions(query, groups.map(groupText).join(' AND '));
}

/** Any of `groups` may match: the second tier, over the groups the caller chose. */
export function anyGroupMatch(query: SearchQuery, groups: readonly (readonly SearchTerm[])[]): string | null {
  if (groups.length === 0) return null;
  return withExclusions(query, groups.map(groupText).join(' OR '));
}

/** The words and phrases searched for, to highlight them in an opened item. */
export function searchedTerms(query: SearchQuery): string[] {
  const terms = meaningfulGroups(query)
    .flat()
    .map((term) => (term.type === 'phrase' ? term.words.join(' ') : term.word));
  return [...new Set(terms)];
}
