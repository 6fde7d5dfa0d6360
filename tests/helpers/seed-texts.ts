// Fills a library with many clippings of given texts in one transaction, straight SQL, for benches
// that need a big library with chosen words in it. Each gets its search entries, as an import
// writes them. All clippings share one original (the bytes are not read).
import { createHash } from 'node:crypto';
import { openLibrary } from '../../electron/core/db/open-library';
import { createClippingEntries } from '../../electron/core/search/clipping-entries';

/** Clipping i (1-based) gets id `text-<i>`, title "Report #i" and the text textOf(i); captured times rise with i. */
export function seedTexts(libraryPath: string, count: number, textOf: (i: number) => string): void {
  const library = openLibrary(libraryPath);
  const { db } = library;
  const placeholder = Buffer.from('seeded clipping');
  const sha = createHash('sha256').update(placeholder).digest('hex');
  const clipping = db.prepare(`
    INSERT INTO clippings (id, title, text, sha256, importer, importer_version, word_count, text_hash, captured_at, updated_at)
    VALUES (?, ?, ?, ?, 'seed', '1', ?, ?, ?, ?)`);
  const entries = createClippingEntries(db);
  const start = Date.UTC(2020, 0, 1);
  try {
    db.transaction(() => {
      db.prepare('INSERT OR IGNORE INTO originals (sha256, bytes, byte_length, media_type) VALUES (?, ?, ?, ?)').run(
        sha,
        placeholder,
        placeholder.length,
        'text/plain',
      );
      for (let i = 1; i <= count; i++) {
        const text = textOf(i);
        const captured = new Date(start + i * 60_000).toISOString();
        const id = `text-${String(i).padStart(7, '0')}`;
        const { lastInsertRowid } = clipping.run(id, `Report #${i}`, text, sha, text.split(/\s+/).length, `text-hash-${i}`, captured, captured);
        entries.add({ rowid: Number(lastInsertRowid), id, title: `Report #${i}`, text, outlet: null, byline: null, publishedAt: null });
      }
    })();
  } finally {
    library.close();
  }
}
