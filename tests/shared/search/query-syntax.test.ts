import { describe, expect, it } from 'vitest';
import { MAX_QUERY_TERMS, parseSearchQuery, type SearchTerm } from '../../../shared/search/query-syntax';

const word = (text: string, prefix = false): SearchTerm => ({ type: 'word', word: text, prefix });

describe('parseSearchQuery', () => {
  it('words are required groups, folded to lower case', () => {
    const query = parseSearchQuery('Mosul  Offensive');
    expect(query.groups).toEqual([[word('mosul')], [word('offensive')]]);
    expect(query.hints).toEqual([]);
  });

  it('phrases, OR, exclusions and prefixes', () => {
    const query = parseSearchQuery('"Islamic State" Mosul OR Raqqa -Syria -"car bomb" offens*');
    expect(query.groups).toEqual([[{ type: 'phrase', words: ['islamic', 'state'] }], [word('mosul'), word('raqqa')], [word('offens', true)]]);
    expect(query.excluded).toEqual([word('syria'), { type: 'phrase', words: ['car', 'bomb'] }]);
  });

  it('filters, quoted or bare, and with a space after the colon', () => {
    const query = parseSearchQuery('entity:"Abu Bakr al-Baghdadi" outlet:Reuters tag: syria grade:b2 after:2013 before:2014-07 kind:notes');
    expect(query.groups).toEqual([]);
    expect(query.filters).toEqual({
      outlet: ['Reuters'],
      tag: ['syria'],
      grade: ['B2'],
      after: '2013',
      before: '2014-07',
      entity: ['Abu Bakr al-Baghdadi'],
      kind: ['note'],
    });
  });

  it('reads bad filters literally or leaves them out, with a hint for each', () => {
    const query = parseSearchQuery('author:Smith after:yesterday kind:tweet grade:Z9 -tag:x');
    expect(query.groups).toEqual([[word('author')], [word('smith')]]);
    expect(query.filters.after).toBeNull();
    expect(query.filters.kind).toEqual([]);
    expect(query.filters.tag).toEqual([]);
    expect(query.hints).toHaveLength(5);
    expect(query.hints.join('\n')).toMatch(/“author:” is not a filter/);
    expect(query.hints.join('\n')).toMatch(/2014, 2014-07 or 2014-07-02/);
  });

  it('an unclosed quote becomes a phrase of the rest, with a hint', () => {
    const query = parseSearchQuery('siege "of the city');
    expect(query.groups).toEqual([[word('siege')], [{ type: 'phrase', words: ['of', 'the', 'city'] }]]);
    expect(query.hints[0]).toMatch(/quote was not closed/);
  });

  it("FTS5's own syntax is read as words", () => {
    const query = parseSearchQuery('NEAR(isis mosul, 5) title:x ^start {a b}:c');
    const words = query.groups.flat().map((term) => (term.type === 'word' ? term.word : term.words.join(' ')));
    expect(words).toEqual(['near', 'isis', 'mosul', '5', 'title', 'x', 'start', 'a', 'b', 'c']);
    expect(query.hints.some((hint) => hint.includes('NEAR(isis'))).toBe(true);
  });

  it('emoji, lone punctuation and OR at the ends make no terms', () => {
    expect(parseSearchQuery('🙂 OR - " * ').groups).toEqual([]);
    expect(parseSearchQuery('OR mosul OR').groups).toEqual([[word('mosul')]]);
  });

  it('Arabic script and diacritics are kept as words', () => {
    expect(parseSearchQuery('الظواهري Zarqāwī').groups).toEqual([[word('الظواهري')], [word('zarqāwī')]]);
  });

  it('caps 10,000 characters and says so', () => {
    const query = parseSearchQuery('word '.repeat(2000));
    expect(query.groups.length).toBeLessThanOrEqual(MAX_QUERY_TERMS);
    expect(query.hints.some((hint) => hint.includes('first 1000 characters'))).toBe(true);
  });
});
