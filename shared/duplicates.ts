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

/**
 * Each word of the text as `words` gives them, in order, without holding them all: a 20 MB text
 * has millions of words, and a list of them took hundreds of MB.
 */
export function forEachWord(text: string, visit: (word: string) => void): void {
  const normalised = text.normalize('NFKC').toLowerCase();
  const pattern = /[\p{L}\p{N}]+/gu;
  for (let match = pattern.exec(normalised); match !== null; match = pattern.exec(normalised)) visit(match[0]);
}

/**
 * A text's word 5-shingles, each hashed to 32 bits, sorted ascending and each held once (a text
 * shorter than 5 words is one shingle). A typed array, not a Set: a 20 MB text has millions of
 * shingles, which took ~110 MB as a Set<number> and take 4 bytes each here.
 */
export type ShingleHashes = Uint32Array;

export function shingleHashes(text: string): ShingleHashes {
  const shingler = createShingler();
  forEachWord(text, shingler.add);
  return shingler.finish();
}

/**
 * shingleHashes fed one word at a time (the words forEachWord gives), so that one pass over a text
 * can serve other measures too. Each word is hashed once; a shingle's hash mixes its words' hashes
 * in order, and only the last SHINGLE_WORDS word hashes are kept while the words go by.
 */
export function createShingler(): { add: (word: string) => void; finish: () => ShingleHashes } {
  let hashes = new Uint32Array(1024);
  let length = 0;
  const recent: number[] = [];
  let count = 0;
  const push = (hash: number): void => {
    if (length === hashes.length) {
      const grown = new Uint32Array(hashes.length * 2);
      grown.set(hashes);
      hashes = grown;
    }
    hashes[length++] = hash;
  };
  return {
    add(word) {
      recent.push(fnv1a(word));
      if (recent.length > SHINGLE_WORDS) recent.shift();
      if (recent.length === SHINGLE_WORDS) push(shingleHash(recent));
      count++;
    },
    finish() {
      if (count > 0 && count < SHINGLE_WORDS) push(shingleHash(recent));
      return sortedUnique(hashes.subarray(0, length));
    },
  };
}

/** The values sorted ascending, each once, in an array of their own exact length (sorts `values` in place). */
function sortedUnique(values: Uint32Array): ShingleHashes {
  values.sort();
  let unique = 0;
  for (let i = 0; i < values.length; i++) if (unique === 0 || values[i] !== values[unique - 1]) values[unique++] = values[i]!;
  return values.slice(0, unique);
}

function shingleHash(wordHashes: readonly number[]): number {
  let hash = 0x9747b28c;
  for (const wordHash of wordHashes) hash = mix32(Math.imul(hash ^ wordHash, 0x01000193));
  return hash >>> 0;
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

/** MinHash signature: for each of MINHASH_SIZE hash functions, the least hash over the shingles. */
export function minhashSignature(shingles: ShingleHashes): Uint32Array {
  const signature = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    // Hash i = h1 + i·h2 (Kirsch–Mitzenmacher), with h2 a second, independent mix of the shingle.
    const h1 = shingle >>> 0;
    const h2 = mix32(shingle) | 1;
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const value = (h1 + Math.imul(i, h2)) >>> 0;
      if (value < signature[i]!) signature[i] = value;
    }
  }
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

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function mix32(value: number): number {
  let h = value ^ (value >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
