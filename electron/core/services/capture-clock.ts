// When a clipping was captured, as an instant that never repeats and never goes back: clippings
// made in the same millisecond (a bulk import, a fast test) or across a clock step back still sort
// in the order they arrived, with the (captured_at, id) index doing the sorting.
import type Database from 'better-sqlite3';

export function createCaptureClock(db: Database.Database): () => string {
  let last: number | null = null;
  return () => {
    if (last === null) {
      const row = db.prepare('SELECT max(captured_at) AS latest FROM clippings').get() as { latest: string | null };
      last = row.latest ? Date.parse(row.latest) : 0;
    }
    last = Math.max(Date.now(), last + 1);
    return new Date(last).toISOString();
  };
}
