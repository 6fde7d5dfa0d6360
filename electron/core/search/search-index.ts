// The search index is derived: search.rebuild makes it again from the library's rows with the same
// SQL as migration 8's first fill (the migration's triggers keep it current between rebuilds).
import type Database from 'better-sqlite3';
import type { SearchRebuildResult } from '../../../shared/search/types';
import { fillSearchIndexSql } from '../db/migrations/008-search';

export function createSearchIndex(db: Database.Database) {
  const itemCount = db.prepare('SELECT (SELECT count(*) FROM clippings WHERE trashed_at IS NULL) + (SELECT count(*) FROM search_docs)').pluck();
  return {
    /** Derives the index again, in the caller's write transaction. */
    rebuild(): SearchRebuildResult {
      const started = performance.now();
      db.exec(fillSearchIndexSql);
      return { items: itemCount.get() as number, ms: Math.round(performance.now() - started) };
    },
    itemCount: (): number => itemCount.get() as number,
  };
}
