// Fuzzy find over every card's names and aliases with fuse.js, on folded keys (shared/entities
// folding rules), so "Zawahiri", "al-Zawahri" and "ZAWAHRI" find the same card.
import type Database from 'better-sqlite3';
import Fuse from 'fuse.js';
import { foldName } from '../../../shared/entities/fold-name';

interface NameEntry {
  entityId: string;
  folded: string;
}

export function createEntitySearch(db: Database.Database) {
  const allNames = db.prepare(
    'SELECT n.entity_id AS entityId, n.folded FROM entity_names n JOIN entities e ON e.id = n.entity_id WHERE e.merged_into IS NULL',
  );
  let index: Fuse<NameEntry> | null = null;

  return {
    /** Card ids, best match first. */
    find(query: string, limit: number): string[] {
      const folded = foldName(query);
      if (folded === '') return [];
      index ??= new Fuse(allNames.all() as NameEntry[], { keys: ['folded'], threshold: 0.3, ignoreLocation: true, includeScore: true });
      const ids: string[] = [];
      for (const hit of index.search(folded)) {
        if (!ids.includes(hit.item.entityId)) ids.push(hit.item.entityId);
        if (ids.length === limit) break;
      }
      return ids;
    },
    /** Names changed: the index is rebuilt on the next search. */
    invalidate(): void {
      index = null;
    },
  };
}
