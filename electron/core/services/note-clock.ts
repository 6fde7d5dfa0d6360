// When a note was saved, as an instant that never repeats and never goes back, so the Notes list
// sorted by "updated" keeps the order saves happened in even within one millisecond.
import type Database from 'better-sqlite3';

export function createNoteClock(db: Database.Database): () => string {
  let last: number | null = null;
  return () => {
    if (last === null) {
      const row = db.prepare('SELECT max(updated_at) AS latest FROM notes').get() as { latest: string | null };
      last = row.latest ? Date.parse(row.latest) : 0;
    }
    last = Math.max(Date.now(), last + 1);
    return new Date(last).toISOString();
  };
}
