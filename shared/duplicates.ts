// Duplicate detection, pure: exact duplicates share their normalised text; near-duplicates share
// most of their word 5-shingles (Jaccard ≥ 0.8), found through MinHash signatures and LSH bands.

export const SHINGLE_WORDS = 5;
export const NEAR_DUPLICATE_JACCARD = 0.8;
export const MINHASH_SIZE = 128;
// 20 bands of 5 rows (100 of the 128 hashes): a pair at Jaccard 0.8 shares a band with
// probability 1 − (1 − 0.8⁵)²⁰ > 0.9996, with 20 index rows per clipping instead of 32.
export const LSH_BANDS = 20;
export const LSH_ROWS = 5;

/** Case, Unicode form, punctuation and spacing do not make two texts different. */
export function normaliseForDuplicates(text: string): string {
  return words(text).join(' ');
}

export function words(text: string): string[] {
  const list: string[] = [];
  forEachWord(text, (word) => list.push(word));
  return list;
}

// forEachWord normalises a text this many characters at a time (cut before a space or line feed).
const WORD_CHUNK_CHARS = 1 << 20;

/**
 * Each word of the text as `words` gives them, in order, without holding them all: a 20 MB text
 * has millions of words, and a list of them took hundreds of MB. The text is normalised a chunk at
 * a time, not whole, for the same reason. Cutting just before a space or line feed changes nothing:
 * neither composes with what precedes it under NFKC, both end Final_Sigma's context for
 * toLowerCase, and neither is part of a word. `chunkChars` is there for the tests.
 */
export function forEachWord(text: string, visit: (word: string) => void, chunkChars = WORD_CHUNK_CHARS): void {
  forEachChunk(text, chunkChars, (chunk, ascii) => (ascii ? forEachAsciiWord(chunk, visit) : forEachUnicodeWord(chunk, visit)));
}

const NON_ASCII = /[^\x00-\x7f]/;

/** The text a chunk at a time (see forEachWord), each with whether it is all ASCII. */
function forEachChunk(text: string, chunkChars: number, visit: (chunk: string, ascii: boolean) => void): void {
  for (let start = 0; start < text.length;) {
    const end = chunkEnd(text, start, chunkChars);
    const chunk = text.slice(start, end);
    visit(chunk, !NON_ASCII.test(chunk));
    start = end;
  }
}

function forEachUnicodeWord(chunk: string, visit: (word: string) => void): void {
  const pattern = /[\p{L}\p{N}]+/gu;
  const normalised = chunk.normalize('NFKC').toLowerCase();
  for (let match = pattern.exec(normalised); match !== null; match = pattern.exec(normalised)) visit(match[0]);
}

/**
 * The same words for text that is all ASCII, without the Unicode pattern (most imports are): NFKC
 * leaves ASCII as it is, and its letters and digits are exactly [A-Za-z0-9].
 */
function forEachAsciiWord(chunk: string, visit: (word: string) => void): void {
  const lower = chunk.toLowerCase();
  let wordStart = -1;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (wordStart < 0) wordStart = i;
    } else if (wordStart >= 0) {
      visit(lower.slice(wordStart, i));
      wordStart = -1;
    }
  }
  if (wordStart >= 0) visit(lower.slice(wordStart));
}

/** What one pass over a text gives, in the text's order: see forEachWordHash. */
export interface WordHashVisitor {
  /** A chunk of the text normalised: its words joined by single spaces ('' when it has none). */
  chunk: (normalised: string) => void;
  /** The hash of one word (fnv1a of the word as forEachWord gives it). */
  word: (hash: number) => void;
}

/**
 * The duplicate keys' one pass over a text: each word's hash and each chunk's normalised form, the
 * same values forEachWord's words give. ASCII text (most imports) is hashed as its characters go
 * by, without a string per word: making and collecting those was most of a parse worker's time.
 */
export function forEachWordHash(text: string, visit: WordHashVisitor, chunkChars = WORD_CHUNK_CHARS): void {
  forEachChunk(text, chunkChars, (chunk, ascii) => {
    if (ascii) return hashAsciiWords(chunk, visit);
    const list: string[] = [];
    forEachUnicodeWord(chunk, (word) => {
      list.push(word);
      visit.word(fnv1a(word));
    });
    visit.chunk(list.join(' '));
  });
}

function hashAsciiWords(chunk: string, visit: WordHashVisitor): void {
  const lower = chunk.toLowerCase();
  let hash = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      hash = Math.imul(hash ^ code, FNV_PRIME);
      inWord = true;
    } else if (inWord) {
      visit.word(hash >>> 0);
      hash = FNV_OFFSET;
      inWord = false;
    }
  }
  if (inWord) visit.word(hash >>> 0);
  visit.chunk(lower.replace(/[^a-z0-9]+/gu, ' ').trim());
}

/** Where the chunk from `start` ends: at the last space or line feed within chunkChars, else the next one after, else the end. */
function chunkEnd(text: string, start: number, chunkChars: number): number {
  const limit = start + chunkChars;
  if (limit >= text.length) return text.length;
  const before = Math.max(text.lastIndexOf(' ', limit), text.lastIndexOf('\n', limit));
  if (before > start) return before;
  const after = [text.indexOf(' ', limit), text.indexOf('\n', limit)].filter((index) => index > start);
  return after.length > 0 ? Math.min(...after) : text.length;
}

/**
 * A text's word 5-shingles, each hashed to 32 bits, sorted ascending and each held once (a text
 * shorter than 5 words is one shingle). A typed array, not a Set: a 20 MB text has millions of
 * shingles, which took ~110 MB as a Set<number> and take 4 bytes each here.
 */
export type ShingleHashes = Uint32Array;

export function shingleHashes(text: string): ShingleHashes {
  const shingler = createShingler();
  forEachWordHash(text, { chunk: () => {}, word: shingler.addHash });
  return shingler.finish();
}

/**
 * shingleHashes fed one word (or one word's hash, as forEachWordHash gives it) at a time, so that
 * one pass over a text can serve other measures too. A shingle's hash mixes its words' hashes in
 * order; only the last SHINGLE_WORDS word hashes are kept (a ring) while the words go by.
 */
export function createShingler(): { add: (word: string) => void; addHash: (wordHash: number) => void; finish: () => ShingleHashes } {
  const collected = createHashCollector();
  const recent = new Uint32Array(SHINGLE_WORDS);
  let count = 0;
  const shingle = (words: number): number => {
    let hash = 0x9747b28c;
    for (let k = words; k > 0; k--) hash = mix32(Math.imul(hash ^ recent[(count - k) % SHINGLE_WORDS]!, 0x01000193));
    return hash >>> 0;
  };
  const addHash = (wordHash: number): void => {
    recent[count % SHINGLE_WORDS] = wordHash;
    count++;
    if (count >= SHINGLE_WORDS) collected.push(shingle(SHINGLE_WORDS));
  };
  return {
    add: (word) => addHash(fnv1a(word)),
    addHash,
    finish() {
      if (count > 0 && count < SHINGLE_WORDS) collected.push(shingle(count));
      return collected.finish();
    },
  };
}

const FIRST_BLOCK = 1024;
const LARGEST_BLOCK = 1 << 16;

/**
 * Hashes collected in blocks that grow geometrically up to LARGEST_BLOCK entries, then gathered
 * into one array, sorted and de-duplicated. Blocks, not one array doubled and copied: doubling left
 * about twice the shingles' size behind as garbage, at the import's peak.
 */
function createHashCollector(): { push: (hash: number) => void; finish: () => ShingleHashes } {
  const full: Uint32Array[] = [];
  let block = new Uint32Array(FIRST_BLOCK);
  let used = 0;
  return {
    push(hash) {
      if (used === block.length) {
        full.push(block);
        block = new Uint32Array(Math.min(block.length * 2, LARGEST_BLOCK));
        used = 0;
      }
      block[used++] = hash;
    },
    finish() {
      const all = new Uint32Array(full.reduce((sum, each) => sum + each.length, used));
      let offset = 0;
      for (const each of full) {
        all.set(each, offset);
        offset += each.length;
      }
      all.set(block.subarray(0, used), offset);
      return sortedUnique(all);
    },
  };
}

/**
 * The values sorted ascending, each once (sorts and compacts `values` in place). A copy of the
 * exact length only when duplicates took more than an eighth of it; else a view of `values`.
 */
function sortedUnique(values: Uint32Array): ShingleHashes {
  values.sort();
  let unique = 0;
  for (let i = 0; i < values.length; i++) if (unique === 0 || values[i] !== values[unique - 1]) values[unique++] = values[i]!;
  return unique * 8 < values.length * 7 ? values.slice(0, unique) : values.subarray(0, unique);
}

/** |a ∩ b| / |a ∪ b|, by one merge of the two sorted arrays. */
export function jaccard(a: ShingleHashes, b: ShingleHashes): number {
  if (a.length === 0 && b.length === 0) return 1;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return shared / (a.length + b.length - shared);
}

/**
 * MinHash signature: for each of MINHASH_SIZE hash functions, the least hash over the shingles.
 * Hash i = h1 + i·h2 mod 2³² (Kirsch–Mitzenmacher), with h2 a second, independent mix of the
 * shingle, stepped by adding h2. The least is kept with the sign bit flipped, as a signed 32-bit
 * integer (the same order as unsigned): V8 then keeps every value a small integer, not a double.
 */
export function minhashSignature(shingles: ShingleHashes): Uint32Array {
  const least = new Int32Array(MINHASH_SIZE).fill(0x7fffffff);
  for (let j = 0; j < shingles.length; j++) {
    const shingle = shingles[j]!;
    const h2 = mix32(shingle) | 1;
    let value = shingle | 0;
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const flipped = value ^ 0x80000000;
      if (flipped < least[i]!) least[i] = flipped;
      value = (value + h2) | 0;
    }
  }
  const signature = new Uint32Array(MINHASH_SIZE);
  for (let i = 0; i < MINHASH_SIZE; i++) signature[i] = least[i]! ^ 0x80000000;
  return signature;
}

/** One bucket per band: texts that agree on a whole band become candidates. */
export function lshBuckets(signature: Uint32Array): number[] {
  const buckets: number[] = [];
  for (let band = 0; band < LSH_BANDS; band++) {
    let hash = 0x811c9dc5;
    for (let row = 0; row < LSH_ROWS; row++) hash = Math.imul(hash ^ signature[band * LSH_ROWS + row]!, 0x01000193);
    buckets.push(hash | 0);
  }
  return buckets;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnv1a(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}

function mix32(value: number): number {
  let h = value ^ (value >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
