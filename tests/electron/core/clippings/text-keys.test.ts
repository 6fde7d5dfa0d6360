// textKeys hashes the normalised words as they go by; it must equal the hash of the whole
// normalised text, which every library's text_hash column already holds.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { textKeys, wordCountOf } from '../../../../electron/core/clippings/text-keys';
import { normaliseForDuplicates, shingleHashes } from '../../../../shared/duplicates';
import { countWords } from '../../../../shared/text';
import { articleText, articleWords } from '../../../helpers/articles';

const wholeHash = (text: string) => createHash('sha256').update(normaliseForDuplicates(text)).digest('hex');

describe('textKeys(text).hash', () => {
  it.each([
    ['empty', ''],
    ['one word', 'Word'],
    ['punctuation and case', 'Al-Qaeda’s  OFFSHOOT,\n in Syria.'],
    ['compatibility forms', 'ﬁre ① Ⅻ'],
  ])('equals the hash of the normalised text: %s', (_name, text) => {
    expect(textKeys(text).hash).toBe(wholeHash(text));
  });

  it('equals it for a text long enough to be hashed in several pieces', () => {
    const text = articleText(articleWords(7, 40_000));
    expect(normaliseForDuplicates(text).length).toBeGreaterThan(3 * 65_536);
    expect(textKeys(text).hash).toBe(wholeHash(text));
  });

  it('gives the same shingles as shingleHashes, from the same pass', () => {
    const text = articleText(articleWords(8, 3_000));
    expect([...textKeys(text).shingles]).toEqual([...shingleHashes(text)]);
  });
});

describe('wordCountOf', () => {
  it.each([
    ['empty', ''],
    ['joined words', "Al-Qaeda's don't re-take 9-11"],
    ['separators that join nothing', "a--b a'-b -a- 'a' a' -- ''"],
    ['not ASCII (the pattern)', 'Al-Qaeda’s Ünïcödé ﬁre – 1 2'],
  ])('counts what countWords counts: %s', (_name, text) => {
    expect(wordCountOf(text)).toBe(countWords(text));
  });

  it('counts what countWords counts over every ASCII character', () => {
    let state = 11;
    const next = (): number => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state;
    };
    for (let seed = 0; seed < 200; seed++) {
      const text = Array.from({ length: 60 }, () => (next() % 2 === 0 ? String.fromCharCode(next() % 128) : "aZ9 '-"[next() % 6]!)).join('');
      expect(wordCountOf(text), JSON.stringify(text)).toBe(countWords(text));
    }
  });
});
