import { describe, expect, it } from 'vitest';
import { compilePattern, scanEditDistances, scanMatchEnds } from '../../../shared/anchoring/bit-parallel-edit-distance';
import { randomString, seededRandom } from './random-text';

/** The textbook Levenshtein table; `anywhere` lets the match start at any text offset. */
function naiveScores(pattern: string, text: string, anywhere: boolean): number[] {
  let previous = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  const scores: number[] = [];
  for (let j = 1; j <= text.length; j++) {
    const current = [anywhere ? 0 : j];
    for (let i = 1; i <= pattern.length; i++) {
      const substitution = previous[i - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, previous[i]! + 1, current[i - 1]! + 1));
    }
    scores.push(current[pattern.length]!);
    previous = current;
  }
  return scores;
}

function bitParallelScores(pattern: string, text: string, anchored: boolean): number[] {
  const scores: number[] = [];
  scanEditDistances(compilePattern(pattern), text, { from: 0, to: text.length, anchored }, (_i, score) => {
    scores.push(score);
  });
  return scores;
}

/** Levenshtein distance of the whole of `b` from `a`: the anchored scan's score at b's end. */
function editDistance(a: string, b: string): number {
  if (a.length === 0) return b.length;
  let distance = a.length;
  scanEditDistances(compilePattern(a), b, { from: 0, to: b.length, anchored: true }, (_index, score) => {
    distance = score;
  });
  return distance;
}

describe('the anchored scan', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('flaw', 'lawn')).toBe(2);
    expect(editDistance('same', 'same')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
  });

  it('counts UTF-16 code units, so a changed emoji may cost one', () => {
    expect(editDistance('a🙂b', 'a😀b')).toBe(1);
  });
});

describe('scanEditDistances agrees with the Levenshtein table', () => {
  // Lengths around the 32-row block edge and several blocks, over small alphabets so matches happen.
  const patternLengths = [1, 5, 31, 32, 33, 63, 64, 65, 100, 200];

  for (const length of patternLengths) {
    it(`for a pattern of ${length} code units, anchored and unanchored`, () => {
      const random = seededRandom(length);
      for (let round = 0; round < 5; round++) {
        const pattern = randomString(random, length, 'abcd');
        const text = randomString(random, length * 2 + 10, 'abcd');
        expect(bitParallelScores(pattern, text, false)).toEqual(naiveScores(pattern, text, true));
        expect(bitParallelScores(pattern, text, true)).toEqual(naiveScores(pattern, text, false));
      }
    });
  }

  it('reads backwards over a range with a reversed pattern', () => {
    const text = 'xxhello worldyy';
    const reversed = [...'hello world'].reverse().join('');
    const scores = new Map<number, number>();
    scanEditDistances(compilePattern(reversed), text, { from: 2, to: 13, backwards: true, anchored: true }, (i, s) => {
      scores.set(i, s);
    });
    expect(scores.get(2)).toBe(0);
    expect([...scores.keys()]).toEqual(Array.from({ length: 11 }, (_, k) => 12 - k));
  });
});

describe('scanMatchEnds reports exactly the ends within the error budget', () => {
  const cases = [
    { length: 8, maxErrors: 2 },
    { length: 40, maxErrors: 10 },
    { length: 64, maxErrors: 16 },
    { length: 97, maxErrors: 24 },
    { length: 200, maxErrors: 50 },
    { length: 200, maxErrors: 5 },
  ];

  for (const { length, maxErrors } of cases) {
    it(`for a pattern of ${length} with at most ${maxErrors} errors`, () => {
      const random = seededRandom(length * 1000 + maxErrors);
      for (let round = 0; round < 5; round++) {
        const pattern = randomString(random, length, 'abc');
        // Plant copies of the pattern with a few edits so that matches exist.
        const noisy = pattern.slice(0, length >> 1) + 'c' + pattern.slice((length >> 1) + 2);
        const text = randomString(random, 150, 'abc') + pattern + randomString(random, 60, 'abc') + noisy + randomString(random, 90, 'abc');
        const expected: [number, number][] = [];
        naiveScores(pattern, text, true).forEach((score, i) => {
          if (score <= maxErrors) expected.push([i, score]);
        });
        const reported: [number, number][] = [];
        scanMatchEnds(compilePattern(pattern), text, 0, text.length, maxErrors, (i, score) => reported.push([i, score]));
        expect(reported).toEqual(expected);
        expect(expected.length).toBeGreaterThan(0);
      }
    });
  }
});
