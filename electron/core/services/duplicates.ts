// The duplicate indexes over clippings.text: text_hash for exact duplicates, and MinHash + LSH
// tables for near-duplicates. Derived data: rebuildDuplicateIndex() makes them anew from the rows.
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import {
  NEAR_DUPLICATE_JACCARD,
  jaccard,
  lshBuckets,
  minhashSignature,
  normaliseForDuplicates,
  shingleHashes,
} from '../../../shared/duplicates';

export interface Fingerprint {
  shingles: Set<number>;
  signature: Uint32Array;
}

export function textHash(text: string): string {
  return createHash('sha256').update(normaliseForDuplicates(text)).digest('hex');
}

export function createDuplicateIndex(db: Database.Database) {
  const byHash = db.prepare('SELECT id FROM clippings WHERE text_hash = ? ORDER BY trashed_at IS NOT NULL, captured_at LIMIT 1');
  const candidates = db.prepare(`
    SELECT DISTINCT l.clipping_id AS id FROM clipping_lsh l
    WHERE (l.band, l.bucket) IN (SELECT value ->> 0, value ->> 1 FROM json_each(?))`);
  const textOf = db.prepare('SELECT text FROM clippings WHERE id = ?');
  const insertSignature = db.prepare('INSERT OR REPLACE INTO clipping_minhash (clipping_id, signature) VALUES (?, ?)');
  const insertBucket = db.prepare('INSERT OR IGNORE INTO clipping_lsh (band, bucket, clipping_id) VALUES (?, ?, ?)');

  return {
    /** The clipping whose text is the same once normalised, if any (the Library's before the Trash's). */
    exactDuplicateOf(hash: string): string | null {
      return (byHash.get(hash) as { id: string } | undefined)?.id ?? null;
    },

    /** The shingles and MinHash signature of a text, computed once for the lookup and the index. */
    fingerprint(text: string): Fingerprint {
      const shingles = shingleHashes(text);
      return { shingles, signature: minhashSignature(shingles) };
    },

    /** The most similar clipping with word 5-shingle Jaccard ≥ 0.8, measured exactly on the candidates LSH finds. */
    nearDuplicateOf({ shingles, signature }: Fingerprint): string | null {
      const buckets = lshBuckets(signature).map((bucket, band) => [band, bucket]);
      let best: { id: string; score: number } | null = null;
      for (const { id } of candidates.all(JSON.stringify(buckets)) as Array<{ id: string }>) {
        const other = textOf.get(id) as { text: string } | undefined;
        if (!other) continue;
        const score = jaccard(shingles, shingleHashes(other.text));
        if (score >= NEAR_DUPLICATE_JACCARD && (!best || score > best.score)) best = { id, score };
      }
      return best?.id ?? null;
    },

    /** Adds a stored clipping's fingerprint to the near-duplicate index. */
    add(id: string, { signature }: Fingerprint): void {
      insertSignature.run(id, Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength));
      lshBuckets(signature).forEach((bucket, band) => insertBucket.run(band, bucket, id));
    },
  };
}

/** Recomputes text_hash and the MinHash/LSH tables from clippings.text (run inside a transaction). */
export function rebuildDuplicateIndex(db: Database.Database): void {
  db.exec('DELETE FROM clipping_lsh; DELETE FROM clipping_minhash;');
  const index = createDuplicateIndex(db);
  const setHash = db.prepare('UPDATE clippings SET text_hash = ? WHERE id = ?');
  // In batches: a connection cannot write while it is still stepping through a read.
  const batch = db.prepare('SELECT rowid, id, text FROM clippings WHERE rowid > ? ORDER BY rowid LIMIT 500');
  for (let after = 0; ; ) {
    const rows = batch.all(after) as Array<{ rowid: number; id: string; text: string }>;
    if (rows.length === 0) break;
    for (const row of rows) {
      setHash.run(textHash(row.text), row.id);
      index.add(row.id, index.fingerprint(row.text));
    }
    after = rows[rows.length - 1]!.rowid;
  }
}
