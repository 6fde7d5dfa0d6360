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

/**
 * Whether a phrase can only match in the text columns even when searched in all of them: the
 * `keys` column holds consonant skeletons, without ASCII vowels, so a phrase whose every word is
 * plain ASCII with a vowel cannot match there. Searched without the column filter, FTS5 does not
 * sift each matching row's positions by column: a third of a common-word phrase's time.
 */
function textOnlyPhrase(words: readonly string[]): boolean {
  return words.every((word) => /^[a-z0-9]*[aeiou][a-z0-9]*$/u.test(word));
}

/**
 * A phrase's MATCH text in the columns it is searched in: `phrase` is its quoted words, or, on the
 * next-word index, its quoted pair tokens (phrase-pairs.ts), which sit in the same columns.
 */
export function phraseInColumns(words: readonly string[], phrase = quoted(words.join(' '))): string {
  return textOnlyPhrase(words) ? phrase : `${TEXT_COLUMNS} : ${phrase}`;
}

function termText(term: SearchTerm): string {
  if (term.type === 'phrase') return phraseInColumns(term.words);
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
