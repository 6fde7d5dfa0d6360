// The edit distance the switcher scores its shortlist with: Fuse.js's bitap errors, anywhere in the text.
import { describe, expect, it } from 'vitest';
import { substringDistance, tableDistance } from '../../../../electron/core/search/fuzzy-distance';
import { seededRandom } from '../../../helpers/seeded-random';

describe('substringDistance', () => {
  it('counts the fewest edits that make the pattern appear anywhere in the text', () => {
    expect(substringDistance('baghdadi', 'abu bakr al-baghdadi')).toBe(0);
    expect(substringDistance('bagdadi', 'abu bakr al-baghdadi')).toBe(1); // one letter dropped
    expect(substringDistance('zawahri', 'ayman al-zawahiri')).toBe(1);
    expect(substringDistance('ceasfire', 'ceasefire talks')).toBe(1);
    expect(substringDistance('yosuef', 'abu yousef')).toBe(2); // two letters swapped: two edits
    expect(substringDistance('mosul', 'fall of raqqa')).toBeGreaterThanOrEqual(4);
    expect(substringDistance('abc', '')).toBe(3);
  });

  it('handles patterns longer than any before it', () => {
    const long = 'a'.repeat(100);
    expect(substringDistance(long, long)).toBe(0);
    expect(substringDistance(long, 'a'.repeat(90))).toBe(10);
  });

  it('counts as the edit table does, for every pattern length the fast form takes and beyond', () => {
    const random = seededRandom(7);
    const letters = 'abcdeé al-';
    const made = (length: number) => Array.from({ length }, () => letters[Math.floor(random() * letters.length)]).join('');
    for (let run = 0; run < 3_000; run++) {
      const pattern = made(1 + (run % 34));
      const text = made(Math.floor(random() * 60));
      expect({ pattern, text, distance: substringDistance(pattern, text) }).toEqual({ pattern, text, distance: tableDistance(pattern, text) });
    }
  });
});
