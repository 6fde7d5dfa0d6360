import type Database from 'better-sqlite3';
import type { LibraryInfo } from '../../../shared/domain';

export function createLibraryService(db: Database.Database, path: string) {
  const meta = db.prepare("SELECT value FROM library_meta WHERE key = 'library_id'");
  const count = db.prepare('SELECT count(*) AS n FROM clippings WHERE trashed_at IS NULL');
  return {
    info(): LibraryInfo {
      return {
        path,
        libraryId: (meta.get() as { value: string }).value,
        schemaVersion: db.pragma('user_version', { simple: true }) as number,
        clippingCount: (count.get() as { n: number }).n,
      };
    },
  };
}
