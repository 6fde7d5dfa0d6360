// The library's live cards with their aliases as one KnownCardIndex, built when first needed and
// dropped whenever a card's names change. Entity and date suggestions both find cards with it.
import { KnownCardIndex } from '../../../shared/entities/known-card-index';
import type { KnownCard } from '../../../shared/entities/types';
import type { EntitiesStore } from './store';

export function createKnownCards(entities: EntitiesStore): () => KnownCardIndex {
  let knownIndex: KnownCardIndex | null = null;
  entities.names.onChange(() => {
    knownIndex = null;
  });

  return function knownCards(): KnownCardIndex {
    if (knownIndex) return knownIndex;
    const cards = new Map<string, KnownCard & { aliases: string[] }>();
    for (const r of entities.names.known()) {
      const entry = cards.get(r.id) ?? { id: r.id, type: r.type, name: r.name, aliases: [] };
      if (r.is_primary === 0) entry.aliases.push(r.alias);
      cards.set(r.id, entry);
    }
    knownIndex = new KnownCardIndex([...cards.values()]);
    return knownIndex;
  };
}
