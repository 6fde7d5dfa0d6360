// Saved searches ("watch terms"): a query the analyst keeps, with how many clippings captured since
// it was last opened match it. Opening one lists those clippings and marks it opened now.
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { NotebookError } from '../../../shared/errors';
import type { SavedSearch, SearchResults } from '../../../shared/search/types';
import type { Clock } from '../clock';
import type { SearchInput } from './search-query';

interface SavedRow {
  id: string;
  name: string;
  query: string;
  createdAt: string;
  lastOpenedAt: string;
}

/** New matches listed when a saved search is opened; the count says if there are more. */
const OPEN_LIMIT = 200;

export function createSavedSearches(db: Database.Database, clock: Clock, search: (input: SearchInput) => SearchResults) {
  const columns = 'id, name, query, created_at AS createdAt, last_opened_at AS lastOpenedAt';
  const all = db.prepare<[], SavedRow>(`SELECT ${columns} FROM saved_searches ORDER BY name COLLATE NOCASE, id`);
  const one = db.prepare<[string], SavedRow>(`SELECT ${columns} FROM saved_searches WHERE id = ?`);
  const insert = db.prepare('INSERT INTO saved_searches (id, name, query, created_at, last_opened_at) VALUES (?, ?, ?, ?, ?)');
  const remove = db.prepare('DELETE FROM saved_searches WHERE id = ?');
  const markOpened = db.prepare('UPDATE saved_searches SET last_opened_at = ? WHERE id = ?');

  const newSince = (row: SavedRow, limit: number): SearchResults =>
    search({ query: row.query, kind: 'clipping', offset: 0, limit, capturedAfter: row.lastOpenedAt });
  const withCount = (row: SavedRow): SavedSearch => ({ ...row, newCount: newSince(row, 1).counts.clipping });

  function found(id: string): SavedRow {
    const row = one.get(id);
    if (!row) throw new NotebookError('not_found', 'That saved search no longer exists; it may have been deleted in another window.', 'id');
    return row;
  }

  return {
    list: (): SavedSearch[] => all.all().map(withCount),
    /** Saves `query`; new matches count from now. Runs in the caller's write transaction. */
    create(query: string, name: string | undefined): SavedSearch {
      const id = randomUUID();
      const now = clock();
      insert.run(id, name && name !== '' ? name : query, query, now, now);
      return withCount(found(id));
    },
    delete: (id: string): number => remove.run(id).changes,
    /** The clippings captured since it was last opened that match; marks it opened now. */
    open(id: string): SearchResults {
      const row = found(id);
      const results = newSince(row, OPEN_LIMIT);
      markOpened.run(clock(), id);
      return results;
    },
  };
}
