import { describe, expect, it } from 'vitest';
import { LSH_BANDS, MINHASH_SIZE, jaccard, lshBuckets, minhashSignature, normaliseForDuplicates, shingleHashes } from '../../shared/duplicates';

const article = Array.from({ length: 300 }, (_, i) => `word${i % 97} term${i}`).join(' ');

describe('duplicate detection primitives', () => {
  it('normalises case, punctuation, spacing and Unicode form', () => {
    expect(normaliseForDuplicates('Al-Qaeda’s  OFFSHOOT,\n in Syria.')).toBe(normaliseForDuplicates('al qaeda s offshoot in syria'));
    expect(normaliseForDuplicates('ﬁre')).toBe('fire');
  });

  it('holds each shingle once, in ascending order', () => {
    const shingles = shingleHashes(`${article} ${article} ${article}`);
    expect(shingles.length).toBe(shingleHashes(article).length + 4);
    expect(shingles.every((value, index) => index === 0 || shingles[index - 1]! < value)).toBe(true);
  });

  it('shingles five words at a time; a short text is one shingle', () => {
    expect(shingleHashes('one two three four five six').length).toBe(2);
    expect(shingleHashes('just three words').length).toBe(1);
    expect(shingleHashes('').length).toBe(0);
  });

  it('measures Jaccard exactly', () => {
    expect(jaccard(Uint32Array.of(1, 2, 3), Uint32Array.of(2, 3, 4))).toBe(0.5);
    expect(jaccard(Uint32Array.of(1, 5, 9), Uint32Array.of(2, 5, 7, 8, 9))).toBe(1 / 3);
    expect(jaccard(new Uint32Array(), Uint32Array.of(4))).toBe(0);
    expect(jaccard(new Uint32Array(), new Uint32Array())).toBe(1);
  });

  it('gives equal texts equal signatures and buckets, and different texts mostly different ones', () => {
    const a = minhashSignature(shingleHashes(article));
    const b = minhashSignature(shingleHashes(article));
    const c = minhashSignature(shingleHashes(article.replace(/term/g, 'other')));
    expect(a).toHaveLength(MINHASH_SIZE);
    expect(lshBuckets(a)).toEqual(lshBuckets(b));
    expect(lshBuckets(a)).toHaveLength(LSH_BANDS);
    const sameBands = lshBuckets(a).filter((bucket, band) => lshBuckets(c)[band] === bucket).length;
    expect(sameBands).toBeLessThan(3);
  });

  // Stored signatures and LSH buckets were made from these hashes: they must never change, however
  // shingles are computed (the words are now hashed as they go by, not listed first; the hashes
  // are now held sorted, so they are compared in ascending order).
  it.each([
    ['', []],
    ['one', [1764411393]],
    ['one two three four', [3797817019]],
    ['One two three four five', [1164587454]],
    ['one two three four five six', [1164587454, 1991982281]],
    ['a b a b a b a b a b', [53912383, 2345795292]],
    [
      'Ünïcödé ﬁre, Al-Qaeda’s OFFSHOOT: 1 2 3 4 5 6 7 8 9',
      [1561108700, 1128269786, 1304302706, 114829805, 4129972107, 3620129575, 741322003, 1486581995, 1234859496, 358081766, 2073255289],
    ],
  ])('shingles %j into the same hashes as ever', (text, hashes) => {
    expect([...shingleHashes(text)]).toEqual([...hashes].sort((a, b) => a - b));
  });
});
