import { describe, expect, it } from 'vitest';
import { wordF1, words } from './word-f1';

describe('wordF1 (the corpus test’s scoring)', () => {
  it('tokenises into lower-case words, ignoring punctuation and markup-free spacing', () => {
    expect(words('Al-Qaeda’s “pledge”, 2014!')).toEqual(['al', 'qaeda', 's', 'pledge', '2014']);
  });

  it('scores identical texts 1 and disjoint texts 0', () => {
    expect(wordF1('a b c', 'A  B\nC')).toBe(1);
    expect(wordF1('a b', 'c d')).toBe(0);
  });

  it('counts repeated words as a multiset', () => {
    // ours: a a b (3), theirs: a b b (3), overlap a, b = 2 → P = R = 2/3.
    expect(wordF1('a a b', 'a b b')).toBeCloseTo(2 / 3);
  });
});
