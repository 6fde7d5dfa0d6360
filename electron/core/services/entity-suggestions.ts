// Entity suggestions for a clipping against the library's live cards, leaving out the ones the
// analyst rejected there. A known-card row whose words several cards carry says which others.
import type Database from 'better-sqlite3';
import type { ParsedInputOf } from '../../../shared/contract';
import type { BulkResult, EntityType } from '../../../shared/domain';
import { foldName } from '../../../shared/entities/fold-name';
import { KnownCardIndex } from '../../../shared/entities/known-card-index';
import { suggestEntities } from '../../../shared/entities/suggest-entities';
import type { EntitySuggestion, KnownCard } from '../../../shared/entities/types';
import { NotebookError } from '../../../shared/errors';
import type { EntityStore } from './entity-store';

export function createEntitySuggestions(db: Database.Database, store: EntityStore) {
  const clippingText = db.prepare('SELECT text FROM clippings WHERE id = ?');
  const knownNames = db.prepare(`
    SELECT e.id, e.type, e.name, n.name AS alias, n.is_primary FROM entities e JOIN entity_names n ON n.entity_id = e.id
    WHERE e.merged_into IS NULL ORDER BY e.id`);
  const cardsNamed = db.prepare(`
    SELECT DISTINCT e.id AS entityId, e.name FROM entity_names n JOIN entities e ON e.id = n.entity_id
    WHERE n.folded = ? AND e.merged_into IS NULL ORDER BY e.name COLLATE NOCASE, e.id`);
  const rejected = db.prepare('SELECT folded, type FROM rejected_suggestions WHERE clipping_id = ?');
  const reject = db.prepare('INSERT OR IGNORE INTO rejected_suggestions (clipping_id, folded, type) VALUES (?, ?, ?)');
  let knownIndex: KnownCardIndex | null = null;
  store.onNamesChanged(() => {
    knownIndex = null;
  });

  /** Every live card with its aliases, indexed once until a card's names change. */
  function knownCards(): KnownCardIndex {
    if (knownIndex) return knownIndex;
    const cards = new Map<string, KnownCard & { aliases: string[] }>();
    for (const r of knownNames.all() as Array<{ id: string; type: EntityType; name: string; alias: string; is_primary: number }>) {
      const entry = cards.get(r.id) ?? { id: r.id, type: r.type, name: r.name, aliases: [] };
      if (r.is_primary === 0) entry.aliases.push(r.alias);
      cards.set(r.id, entry);
    }
    knownIndex = new KnownCardIndex([...cards.values()]);
    return knownIndex;
  }

  function clipping(id: string): string {
    const found = clippingText.get(id) as { text: string } | undefined;
    if (!found) throw new NotebookError('not_found', `There is no clipping with id ${id}; it may have been deleted.`, 'clippingId');
    return found.text;
  }

  /** The row with `alsoNamed` when other live cards carry the words it matched. */
  function withAmbiguity(row: EntitySuggestion, cache: Map<string, Array<{ entityId: string; name: string }>>): EntitySuggestion {
    if (row.entityId === null) return row;
    const key = foldName(row.text);
    if (key === '') return row;
    let named = cache.get(key);
    if (!named) {
      named = cardsNamed.all(key) as Array<{ entityId: string; name: string }>;
      cache.set(key, named);
    }
    const others = named.filter((card) => card.entityId !== row.entityId);
    return others.length === 0 ? row : { ...row, alsoNamed: others };
  }

  return {
    suggest(input: ParsedInputOf<'entities.suggest'>): EntitySuggestion[] {
      const text = clipping(input.clippingId);
      const refused = new Set((rejected.all(input.clippingId) as Array<{ folded: string; type: string }>).map((r) => `${r.type}:${r.folded}`));
      const cache = new Map<string, Array<{ entityId: string; name: string }>>();
      return suggestEntities(text, knownCards())
        .filter((s) => !refused.has(`${s.type}:${foldName(s.name)}`))
        .map((row) => withAmbiguity(row, cache));
    },

    rejectSuggestion(input: ParsedInputOf<'entities.rejectSuggestion'>): BulkResult {
      clipping(input.clippingId);
      return { count: reject.run(input.clippingId, foldName(input.name), input.type).changes };
    },
  };
}
