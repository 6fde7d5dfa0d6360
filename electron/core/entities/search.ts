// Fuzzy find over every card's names and aliases with fuse.js, on folded keys (shared/entities
// folding rules), so "Zawahiri", "al-Zawahri" and "ZAWAHRI" find the same card.
import Fuse from 'fuse.js';
import { foldName } from '../../../shared/entities/fold-name';
import type { EntitiesStore } from './store';

interface NameEntry {
  entityId: string;
  folded: string;
}

export function createEntitySearch(entities: EntitiesStore) {
  let index: Fuse<NameEntry> | null = null;
  // Names changed: the index is rebuilt on the next search.
  entities.names.onChange(() => {
    index = null;
  });

  /** Card ids, best match first. */
  return function find(query: string, limit: number): string[] {
    const folded = foldName(query);
    if (folded === '') return [];
    index ??= new Fuse(entities.names.allLive(), { keys: ['folded'], threshold: 0.3, ignoreLocation: true, includeScore: true });
    const ids: string[] = [];
    for (const hit of index.search(folded)) {
      if (!ids.includes(hit.item.entityId)) ids.push(hit.item.entityId);
      if (ids.length === limit) break;
    }
    return ids;
  };
}
