// The duplicate indexes over clippings.text: text_hash for exact duplicates, and MinHash + LSH
// tables for near-duplicates. Derived data: rebuild() makes them anew from the rows.
import { NEAR_DUPLICATE_JACCARD, jaccard, lshBuckets, minhashSignature, shingleHashes, type ShingleHashes } from '../../../shared/duplicates';
import type { ClippingsStore } from './store';
import { textKeys, type TextKeys } from './text-keys';

interface Fingerprint {
  shingles: ShingleHashes;
  signature: Uint32Array;
}

export function createDuplicateIndex(clippings: ClippingsStore) {
  const rows = clippings.duplicates;

  function add(clippingRowid: number, { signature }: Fingerprint): void {
    rows.add(clippingRowid, signature, lshBuckets(signature));
  }

  function fingerprint({ shingles }: TextKeys): Fingerprint {
    return { shingles, signature: minhashSignature(shingles) };
  }

  return {
    /** The clipping whose text is the same once normalised, if any (the Library's before the Trash's). */
    exactDuplicateOf: (hash: string): string | null => rows.withHash(hash),

    /** The shingles and MinHash signature of a text, computed once for the lookup and the index (after the exact check). */
    fingerprint,

    /** The most similar clipping with word 5-shingle Jaccard ≥ 0.8, measured exactly on the candidates LSH finds. */
    nearDuplicateOf({ shingles, signature }: Fingerprint): string | null {
      let best: { id: string; score: number } | null = null;
      for (const id of rows.candidates(lshBuckets(signature))) {
        const other = clippings.text(id);
        if (other === null) continue;
        const score = jaccard(shingles, shingleHashes(other));
        if (score >= NEAR_DUPLICATE_JACCARD && (!best || score > best.score)) best = { id, score };
      }
      return best?.id ?? null;
    },

    /** Adds a stored clipping's fingerprint (by its rowid) to the near-duplicate index. */
    add,

    /** Recomputes text_hash and the MinHash/LSH tables from clippings.text (run inside a transaction). */
    rebuild(): void {
      rows.clear();
      rows.forEachText((rowid, text) => {
        const keys = textKeys(text);
        rows.setHash(rowid, keys.hash);
        add(rowid, fingerprint(keys));
      });
    },
  };
}
