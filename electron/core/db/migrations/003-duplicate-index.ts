// Shipped: never edit. Migration 3's after-step, frozen as it shipped: it fills text_hash and the
// near-duplicate tables (clipping_minhash, clipping_lsh) of a library that had none. A copy, not an
// import of the clippings code, so a later change there never changes how an old library upgrades.
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';

const SHINGLE_WORDS = 5;
const MINHASH_SIZE = 128;
const LSH_BANDS = 20;
const LSH_ROWS = 5;

/** Recomputes text_hash and the MinHash/LSH tables from clippings.text (inside the migration's transaction). */
export function rebuildDuplicateIndex(db: Database.Database): void {
  db.exec('DELETE FROM clipping_lsh; DELETE FROM clipping_minhash;');
  const setHash = db.prepare('UPDATE clippings SET text_hash = ? WHERE id = ?');
  const insertSignature = db.prepare('INSERT OR REPLACE INTO clipping_minhash (clipping_id, signature) VALUES (?, ?)');
  const insertBucket = db.prepare('INSERT OR IGNORE INTO clipping_lsh (band, bucket, clipping_id) VALUES (?, ?, ?)');
  // In batches: a connection cannot write while it is still stepping through a read.
  const batch = db.prepare('SELECT rowid, id, text FROM clippings WHERE rowid > ? ORDER BY rowid LIMIT 500');
  for (let after = 0; ; ) {
    const rows = batch.all(after) as Array<{ rowid: number; id: string; text: string }>;
    if (rows.length === 0) break;
    for (const row of rows) {
      setHash.run(createHash('sha256').update(words(row.text).join(' ')).digest('hex'), row.id);
      const signature = minhashSignature(shingleHashes(row.text));
      insertSignature.run(row.id, Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength));
      lshBuckets(signature).forEach((bucket, band) => insertBucket.run(band, bucket, row.id));
    }
    after = rows[rows.length - 1]!.rowid;
  }
}

function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function shingleHashes(text: string): Set<number> {
  const wordHashes = words(text).map(fnv1a);
  const hashes = new Set<number>();
  if (wordHashes.length === 0) return hashes;
  const width = Math.min(SHINGLE_WORDS, wordHashes.length);
  for (let i = 0; i + width <= wordHashes.length; i++) {
    let hash = 0x9747b28c;
    for (let j = i; j < i + width; j++) hash = mix32(Math.imul(hash ^ wordHashes[j]!, 0x01000193));
    hashes.add(hash >>> 0);
  }
  return hashes;
}

function minhashSignature(shingles: ReadonlySet<number>): Uint32Array {
  const signature = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    const h1 = shingle >>> 0;
    const h2 = mix32(shingle) | 1;
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const value = (h1 + Math.imul(i, h2)) >>> 0;
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return signature;
}

function lshBuckets(signature: Uint32Array): number[] {
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
