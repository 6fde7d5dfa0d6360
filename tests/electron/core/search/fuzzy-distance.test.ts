// The edit distance the switcher scores its shortlist with: Fuse.js's bitap errors, anywhere in the text.
import { describe, expect, it } from 'vitest';
import { substringDistance } from '../../../../electron/core/search/fuzzy-distance';

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
});
