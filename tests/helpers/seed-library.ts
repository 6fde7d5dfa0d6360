// Fills a library file with synthetic clippings fast (one transaction, straight SQL, with their search entries), for tests and
// benches that need a big library. Goes through openLibrary so the schema is the real one.
import { createHash } from 'node:crypto';
import { openLibrary } from '../../electron/core/db/open-library';
import { createClippingEntries } from '../../electron/core/search/clipping-entries';

const OUTLETS = ['IB Times', 'Reuters', 'Al Jazeera', 'BBC News', 'Le Monde', null];
const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F', null];

/** Clipping i has the title "Clipping #i" (1-based); captured times rise with i. */
export function seedClippings(libraryPath: string, count: number): void {
  const library = openLibrary(libraryPath);
  const { db } = library;
  const original = db.prepare('INSERT OR IGNORE INTO originals (sha256, bytes, byte_length, media_type) VALUES (?, ?, ?, ?)');
  const clipping = db.prepare(`
    INSERT INTO clippings (id, title, text, outlet, published_at, sha256, importer, importer_version, word_count,
      text_hash, reliability, credibility, captured_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, 'seed', '1', ?, ?, ?, ?, ?, ?)`);
  const entries = createClippingEntries(db);
  const start = Date.UTC(2020, 0, 1);
  db.transaction(() => {
    for (let i = 1; i <= count; i++) {
      const text = `Clipping #${i}\n\nSynthetic report number ${i} about events in the region, filed for testing.`;
      const bytes = Buffer.from(text);
      const sha = createHash('sha256').update(bytes).digest('hex');
      const captured = new Date(start + i * 60_000).toISOString();
      const published = `20${String(10 + (i % 15)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}`;
      original.run(sha, bytes, bytes.length, 'text/plain; charset=utf-8');
      const id = `seed-${String(i).padStart(7, '0')}`;
      const outlet = OUTLETS[i % OUTLETS.length]!;
      const { lastInsertRowid } = clipping.run(
        id,
        `Clipping #${i}`,
        text,
        outlet,
        published,
        sha,
        14,
        sha,
        RELIABILITY[i % RELIABILITY.length],
        i % 7 === 0 ? null : 1 + (i % 6),
        captured,
        captured,
      );
      entries.add({ rowid: Number(lastInsertRowid), id, title: `Clipping #${i}`, text, outlet, byline: null, publishedAt: published });
    }
  })();
  library.close();
}
