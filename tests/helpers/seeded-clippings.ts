// Clippings written straight into a library's table, with their search entries, for tests that need
// many rows or chosen rowids faster than importing each: they share one original.
import type Database from 'better-sqlite3';
import { createClippingEntries } from '../../electron/core/search/clipping-entries';

export interface SeededClipping {
  id: string;
  title: string;
  text: string;
  publishedAt?: string | null;
}

export function seedClippings(db: Database.Database, clippings: Iterable<SeededClipping>): void {
  const insert = db.prepare(`
    INSERT INTO clippings (id, title, text, published_at, sha256, importer, importer_version, word_count, captured_at, updated_at)
    VALUES (@id, @title, @text, @publishedAt, 'seed', 'test', '1', 0, '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z')`);
  const entries = createClippingEntries(db);
  db.transaction(() => {
    db.prepare("INSERT OR IGNORE INTO originals (sha256, bytes, byte_length, media_type) VALUES ('seed', x'00', 1, 'text/plain')").run();
    for (const clipping of clippings) {
      const { lastInsertRowid } = insert.run({ publishedAt: null, ...clipping });
      entries.add({
        rowid: Number(lastInsertRowid),
        id: clipping.id,
        title: clipping.title,
        text: clipping.text,
        outlet: null,
        byline: null,
        publishedAt: clipping.publishedAt ?? null,
      });
    }
  }).immediate();
}
