import type Database from 'better-sqlite3';
import type { LibraryInfo } from '../../../shared/domain';
import { htmlImportSupport } from '../import';

export function createLibraryService(db: Database.Database, path: string) {
  const meta = db.prepare("SELECT value FROM library_meta WHERE key = 'library_id'");
  const counts = db.prepare(
    'SELECT count(*) FILTER (WHERE trashed_at IS NULL) AS live, count(*) FILTER (WHERE trashed_at IS NOT NULL) AS trashed FROM clippings',
  );
  return {
    async info(): Promise<LibraryInfo> {
      const { live, trashed } = counts.get() as { live: number; trashed: number };
      return {
        path,
        libraryId: (meta.get() as { value: string }).value,
        schemaVersion: db.pragma('user_version', { simple: true }) as number,
        clippingCount: live,
        trashCount: trashed,
        htmlImport: await htmlImportSupport(),
      };
    },
  };
}
