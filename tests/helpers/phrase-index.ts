// The next-word index (electron/core/search/phrase-pairs.ts) as tests, the fault check and the
// benches look at it: filled to the end, and each row's token counts beside search_index's.
import type Database from 'better-sqlite3';
import { varints } from '../../electron/core/search/bm25-formula';
import { createPhrasePairs } from '../../electron/core/search/phrase-pairs';

/** Fills every queued row, `batchRows` a batch, in write transactions of about `sliceMs`; how many rows were queued. */
export function fillPhraseIndexQueue(db: Database.Database, sliceMs = 50, batchRows = 16): number {
  const pairs = createPhrasePairs(db);
  const queued = pairs.queued();
  while (pairs.fill(sliceMs, batchRows).left > 0);
  return queued;
}

/**
 * `[rowid, tokens per indexed column…]` for each row of `table` (search_index or search_pairs),
 * by rowid: search_index's first two columns, kind and item_id, are unindexed and left out. Equal
 * in both tables means the same words, one token each.
 */
export function tokenCounts(db: Database.Database, table: 'search_index' | 'search_pairs'): number[][] {
  const rows = db.prepare(`SELECT id, sz FROM ${table}_docsize ORDER BY id`).all() as Array<{ id: number; sz: Buffer }>;
  return rows.map(({ id, sz }) => [id, ...varints(sz).slice(table === 'search_index' ? 2 : 0)]);
}
