import { describe, expect, it } from 'vitest';
import { describeMatches, findMatches, stepMatch } from '../../../renderer/src/lib/findMatches';

describe('findMatches', () => {
  it('finds every occurrence ignoring case, with offsets in the original text', () => {
    expect(findMatches('Convoy, CONVOY and convoys', 'convoy')).toEqual([
      { start: 0, end: 6 },
      { start: 8, end: 14 },
      { start: 19, end: 25 },
    ]);
  });

  it('treats the query as plain text, not a pattern', () => {
    expect(findMatches('a.b a+b (x)', 'a+b')).toEqual([{ start: 4, end: 7 }]);
    expect(findMatches('a.b axb', 'a.b')).toEqual([{ start: 0, end: 3 }]);
    expect(findMatches('f(x) [y]', '(x)')).toEqual([{ start: 1, end: 4 }]);
  });

  it('finds nothing for an empty query and stops at the limit', () => {
    expect(findMatches('abc', '')).toEqual([]);
    expect(findMatches('aaaaa', 'a', 3)).toHaveLength(3);
  });

  it('keeps offsets right where lower-casing would change the length', () => {
    const text = 'İİ ẞ Convoy';
    const [match] = findMatches(text, 'convoy');
    expect(text.slice(match!.start, match!.end)).toBe('Convoy');
  });
});

describe('moving between matches', () => {
  it('wraps round both ways', () => {
    expect(stepMatch(2, 3, 1)).toBe(0);
    expect(stepMatch(0, 3, -1)).toBe(2);
    expect(stepMatch(-1, 3, -1)).toBe(2);
    expect(stepMatch(0, 0, 1)).toBe(-1);
  });

  it('says where you are', () => {
    expect(describeMatches(0, 12)).toBe('1 of 12');
    expect(describeMatches(-1, 0)).toBe('No matches');
    expect(describeMatches(4, 1000, 1000)).toBe('5 of 1,000+');
  });
});
