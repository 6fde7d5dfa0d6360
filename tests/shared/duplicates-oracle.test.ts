// The shingles moved from a Set<number> to a sorted Uint32Array. Stored MinHash signatures and LSH
// buckets were made by the Set version, so this keeps that version (as it was) as an oracle and
// checks the new one against it: the same shingles, byte-identical signatures, the same Jaccard.
// Words are now normalised a chunk at a time: the old whole-text forEachWord is kept here too.
import { describe, expect, it } from 'vitest';
import {
  NEAR_DUPLICATE_JACCARD,
  SHINGLE_WORDS,
  MINHASH_SIZE,
  createShingler,
  forEachWord,
  forEachWordHash,
  jaccard,
  lshBuckets,
  minhashSignature,
  shingleHashes,
  words,
} from '../../shared/duplicates';

// --- The Set-based implementation, before the change ---
function oracleForEachWord(text: string, visit: (word: string) => void): void {
  const normalised = text.normalize('NFKC').toLowerCase();
  const pattern = /[\p{L}\p{N}]+/gu;
  for (let match = pattern.exec(normalised); match !== null; match = pattern.exec(normalised)) visit(match[0]);
}

function oracleShingles(text: string): Set<number> {
  const hashes = new Set<number>();
  const recent: number[] = [];
  let count = 0;
  oracleForEachWord(text, (word) => {
    recent.push(oracleFnv1a(word));
    if (recent.length > SHINGLE_WORDS) recent.shift();
    if (recent.length === SHINGLE_WORDS) hashes.add(oracleShingleHash(recent));
    count++;
  });
  if (count > 0 && count < SHINGLE_WORDS) hashes.add(oracleShingleHash(recent));
  return hashes;
}

function oracleShingleHash(wordHashes: readonly number[]): number {
  let hash = 0x9747b28c;
  for (const wordHash of wordHashes) hash = oracleMix32(Math.imul(hash ^ wordHash, 0x01000193));
  return hash >>> 0;
}

function oracleJaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const value of small) if (large.has(value)) shared++;
  return shared / (a.size + b.size - shared);
}

function oracleSignature(shingles: ReadonlySet<number>): Uint32Array {
  const signature = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    const h1 = shingle >>> 0;
    const h2 = oracleMix32(shingle) | 1;
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const value = (h1 + Math.imul(i, h2)) >>> 0;
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return signature;
}

function oracleFnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function oracleMix32(value: number): number {
  let h = value ^ (value >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
// --- end of the oracle ---

/** Deterministic pseudo-random prose from a small vocabulary, so that shingles repeat. */
function prose(seed: number, wordCount: number, vocabulary = 400): string {
  let state = seed >>> 0;
  const next = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
  const list: string[] = [];
  for (let i = 0; i < wordCount; i++) list.push(`w${next() % vocabulary}${i % 11 === 0 ? '.' : ''}`);
  return list.join(' ');
}

/** The text with every `every`-th word replaced, a near (or not so near) copy of it. */
function edited(text: string, every: number): string {
  return text
    .split(' ')
    .map((word, index) => (index % every === 0 ? `edit${index}` : word))
    .join(' ');
}

const base = prose(7, 3000);
const repetitive = prose(11, 20_000, 12);
const texts: Record<string, string> = {
  empty: '',
  'one word': 'one',
  'four words': 'one two three four',
  'five words': 'One two three four five',
  'repeated pair': 'a b a b a b a b a b',
  unicode: 'Ünïcödé ﬁre, Al-Qaeda’s OFFSHOOT: 1 2 3 4 5 6 7 8 9 Ünïcödé ﬁre',
  base,
  'base, every 40th word edited': edited(base, 40),
  'base, every 12th word edited': edited(base, 12),
  'base, every 4th word edited': edited(base, 4),
  'base twice': `${base}\n${base}`,
  'another text': prose(99, 2500),
  repetitive,
  'repetitive, edited': edited(repetitive, 30),
};
const names = Object.keys(texts);

describe('sorted shingle arrays against the Set-based oracle', () => {
  it.each(names)('%s: the same shingles, and a byte-identical signature and LSH buckets', (name) => {
    const text = texts[name]!;
    const expected = oracleShingles(text);
    const shingles = shingleHashes(text);
    expect([...shingles]).toEqual([...expected].sort((a, b) => a - b));
    const signature = minhashSignature(shingles);
    expect(Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength)).toEqual(Buffer.from(oracleSignature(expected).buffer));
    expect(lshBuckets(signature)).toEqual(lshBuckets(oracleSignature(expected)));
  });

  it('gives every pair of texts the same Jaccard and the same near-duplicate decision', () => {
    const decisions = { near: 0, apart: 0 };
    for (const first of names) {
      for (const second of names) {
        const expected = oracleJaccard(oracleShingles(texts[first]!), oracleShingles(texts[second]!));
        const score = jaccard(shingleHashes(texts[first]!), shingleHashes(texts[second]!));
        expect(Math.abs(score - expected), `${first} / ${second}`).toBeLessThanOrEqual(1e-12);
        expect(score >= NEAR_DUPLICATE_JACCARD, `${first} / ${second}`).toBe(expected >= NEAR_DUPLICATE_JACCARD);
        decisions[expected >= NEAR_DUPLICATE_JACCARD ? 'near' : 'apart']++;
      }
    }
    // Both decisions are exercised, beyond each text against itself.
    expect(decisions.near).toBeGreaterThan(names.length);
    expect(decisions.apart).toBeGreaterThan(0);
  });
});

// Characters whose normalisation or lower case depends on their neighbours, around the spaces and
// line feeds where forEachWord cuts its chunks.
const tricky = [
  'ΟΔΟΣ',
  'Σ',
  'ΣΑΣ.',
  '\u0301e',
  'e\u0301',
  '¨',
  'ﬁre',
  'Ａｂｃ１２',
  '😀x',
  '\u1100\u1161\u11a8',
  'İstanbul',
  'a\u00a0b',
  '\r',
  '\t',
  'word',
  'Al-Qaeda’s',
  '',
];

function trickyText(seed: number, pieces: number): string {
  let state = seed >>> 0;
  const next = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
  let text = '';
  for (let i = 0; i < pieces; i++) text += tricky[next() % tricky.length]! + [' ', '\n', '', '  ', ' \u0308'][next() % 5]!;
  return text;
}

describe('forEachWord, a chunk at a time', () => {
  it.each([1, 2, 3, 5, 8, 13, 64, 1000])('gives the words of the whole-text version with chunks of %i characters', (chunkChars) => {
    for (let seed = 1; seed <= 20; seed++) {
      const text = trickyText(seed, 200);
      const expected: string[] = [];
      oracleForEachWord(text, (word) => expected.push(word));
      const chunked: string[] = [];
      forEachWord(text, (word) => chunked.push(word), chunkChars);
      expect(chunked, text).toEqual(expected);
    }
  });

  it('gives the same words when the text is longer than one default chunk', () => {
    const text = `${trickyText(3, 40_000)}\n${base}\n${trickyText(4, 40_000)}`.repeat(4);
    expect(text.length).toBeGreaterThan(1 << 20);
    const expected: string[] = [];
    oracleForEachWord(text, (word) => expected.push(word));
    expect(words(text)).toEqual(expected);
    expect([...shingleHashes(text)]).toEqual([...oracleShingles(text)].sort((a, b) => a - b));
  });

  it('reads a text with no space or line feed as one chunk', () => {
    const text = 'Ab,Σ.'.repeat(50);
    const expected: string[] = [];
    oracleForEachWord(text, (word) => expected.push(word));
    const chunked: string[] = [];
    forEachWord(text, (word) => chunked.push(word), 4);
    expect(chunked).toEqual(expected);
  });
});

describe('forEachWordHash, the one pass of the duplicate keys', () => {
  it.each([1, 3, 8, 64, 1 << 20])('gives the words’ hashes and the normalised text with chunks of %i characters', (chunkChars) => {
    for (let seed = 1; seed <= 20; seed++) {
      // Tricky Unicode text, ASCII prose, and the two mixed, so that chunks of both kinds meet.
      const text = seed % 3 === 0 ? prose(seed, 150) : seed % 3 === 1 ? trickyText(seed, 150) : `${prose(seed, 60)} ${trickyText(seed, 60)}`;
      const expected: string[] = [];
      oracleForEachWord(text, (word) => expected.push(word));
      const byWord = createShingler();
      for (const word of expected) byWord.add(word);
      const chunks: string[] = [];
      const byHash = createShingler();
      forEachWordHash(text, { chunk: (normalised) => chunks.push(normalised), word: byHash.addHash }, chunkChars);
      expect(chunks.filter((chunk) => chunk !== '').join(' '), text).toBe(expected.join(' '));
      expect([...byHash.finish()], text).toEqual([...byWord.finish()]);
    }
  });
});

describe('forEachWord on text that is all ASCII (its fast path)', () => {
  it('gives the words of the whole-text version for every ASCII character, at any chunk size', () => {
    let state = 7;
    const next = (): number => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state;
    };
    for (let seed = 1; seed <= 30; seed++) {
      // Letters, digits and spaces often, so that words form; every code point 0–127 now and then.
      const text = Array.from({ length: 400 }, () => (next() % 3 === 0 ? String.fromCharCode(next() % 128) : 'aZ09 -\n'[next() % 7]!)).join('');
      const expected: string[] = [];
      oracleForEachWord(text, (word) => expected.push(word));
      for (const chunkChars of [3, 50, 1 << 20]) {
        const found: string[] = [];
        forEachWord(text, (word) => found.push(word), chunkChars);
        expect(found, JSON.stringify(text)).toEqual(expected);
      }
    }
  });
});
