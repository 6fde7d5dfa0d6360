// The library's own facts: its identity (library_meta) and its schema version.
import type Database from 'better-sqlite3';

export function createLibraryStore(db: Database.Database) {
  const libraryId = db.prepare("SELECT value FROM library_meta WHERE key = 'library_id'").pluck();
  return {
    libraryId: (): string => libraryId.get() as string,
    schemaVersion: (): number => db.pragma('user_version', { simple: true }) as number,
  };
}
