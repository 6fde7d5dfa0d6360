// A library that already holds 100,000 clippings, for the import bench: made once by a
// deterministic generator that writes rows through the clippings store (with their duplicate
// index and, by trigger, full-text rows) in one transaction, and cached under the OS temp dir.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDuplicateIndex } from '../../electron/core/clippings/duplicates';
import { textKeys } from '../../electron/core/clippings/text-keys';
import { createClippingsStore } from '../../electron/core/clippings/store';
import { openCore } from '../../electron/core/core';
import { articleTexts } from './article-text';
import { newClippingRow } from '../helpers/new-clipping-row';

export const LARGE_LIBRARY_CLIPPINGS = 100_000;
// Change the name when the generator or the schema changes, so a stale cache is never used.
const CACHE_NAME = 'notebook-bench-100k-v4.sqlite';
const WORDS_PER_CLIPPING = 150;
const BATCH = 5_000;

/** A fresh copy of the cached 100,000-clipping library at `path` (built first if missing). */
export function copyLargeLibrary(path: string): void {
  const cached = join(tmpdir(), CACHE_NAME);
  if (!existsSync(cached)) buildLargeLibrary(cached);
  copyFileSync(cached, path);
}

function buildLargeLibrary(path: string): void {
  const building = `${path}.building`;
  rmSync(building, { force: true });
  openCore(building).close(); // the schema, by the app's own migrations
  const db = new Database(building);
  db.pragma('journal_mode = WAL');
  const store = createClippingsStore(db);
  const duplicates = createDuplicateIndex(store);
  const at = Date.parse('2020-01-01T00:00:00.000Z');
  const insertBatch = db.transaction((texts: string[], offset: number) => {
    texts.forEach((text, index) => {
      const n = offset + index;
      const bytes = Buffer.from(text, 'utf8');
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const id = `bench-${String(n).padStart(6, '0')}`;
      const keys = textKeys(text);
      store.insertOriginal(sha256, bytes, 'text/plain; charset=utf-8');
      const rowid = store.insert(
        newClippingRow(id, {
          title: text.slice(0, text.indexOf('\n')),
          text,
          sha256,
          sourceName: `clipping-${n}.txt`,
          importer: 'text-file',
          importerVersion: '2',
          wordCount: WORDS_PER_CLIPPING,
          textHash: keys.hash,
          now: new Date(at + n * 1000).toISOString(),
        }),
      );
      duplicates.add(rowid, duplicates.fingerprint(keys));
    });
  });
  for (let offset = 0; offset < LARGE_LIBRARY_CLIPPINGS; offset += BATCH) {
    // A different seed per batch: every clipping differs from the bench's own files (seeded apart).
    insertBatch(articleTexts(BATCH, WORDS_PER_CLIPPING, 1_000_003 + offset), offset);
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  renameSync(building, path);
}
