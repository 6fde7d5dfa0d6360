// The search index is derived: search.rebuild makes it again from the library's rows with the same
// SQL as migration 8's first fill, and clipping_dates with migration 12's (between rebuilds the
// store and the migrations' triggers keep both current). The next-word index (migration 13) is
// emptied and every row queued for it again: an open app fills it in the background.
import type Database from 'better-sqlite3';
import type { SearchRebuildResult } from '../../../shared/search/types';
import { fillSearchIndexSql } from '../db/migrations/008-search';
import { fillClippingDatesSql } from '../db/migrations/012-clipping-dates';

/** The triggers that copy search_docs rows into the full-text indexes, or queue them for the next-word index. */
const COPY_TRIGGERS = ['search_docs_insert', 'search_docs_delete', 'search_pairs_docs_insert', 'search_pairs_docs_delete'];
const REQUEUE_PAIRS = `INSERT INTO search_pairs (search_pairs) VALUES ('delete-all');
DELETE FROM search_pairs_pending;
INSERT INTO search_pairs_pending (doc) SELECT doc FROM search_source;`;

export function createSearchIndex(db: Database.Database) {
  const triggerSql = db.prepare<[string], string>("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").pluck();
  const itemCount = db.prepare('SELECT (SELECT count(*) FROM clippings WHERE trashed_at IS NULL) + (SELECT count(*) FROM search_docs)').pluck();
  const dropMentions = db.prepare("DELETE FROM search_docs WHERE kind = 'passage' AND item_id IN (SELECT id FROM passages WHERE is_mention = 1)");
  return {
    /**
     * Derives the index again, in the caller's write transaction. The copy triggers are set aside
     * meanwhile: a damaged index could not take their deletes, and FTS5 rebuilds from search_docs.
     */
    rebuild(): SearchRebuildResult {
      const started = performance.now();
      const triggers = COPY_TRIGGERS.map((name) => {
        const sql = triggerSql.get(name);
        if (sql === undefined) throw new Error(`The search index's trigger ${name} is missing: the library's schema is damaged.`);
        return sql;
      });
      for (const name of COPY_TRIGGERS) db.exec(`DROP TRIGGER ${name}`);
      db.exec(fillSearchIndexSql);
      for (const sql of triggers) db.exec(sql);
      db.exec(REQUEUE_PAIRS);
      // Migration 8's fill takes every passage; mentions (migration 10) are not passages to search.
      dropMentions.run();
      // The dates after:/before: read (migration 12) are derived from the clippings like the indexes.
      db.exec(fillClippingDatesSql);
      return { items: itemCount.get() as number, ms: Math.round(performance.now() - started) };
    },
    itemCount: (): number => itemCount.get() as number,
  };
}
