// Entity suggestions for a clipping against the library's live cards, leaving out the ones the
// analyst rejected there (a rejection can be taken back), and the mentions accepting them made.
// A known-card row whose words several cards carry says which others.
import type { ParsedInputOf } from '../../../shared/contract';
import type { BulkResult, ClippingMention } from '../../../shared/domain';
import { foldName } from '../../../shared/entities/fold-name';
import { suggestEntities } from '../../../shared/entities/suggest-entities';
import type { EntitySuggestion } from '../../../shared/entities/types';
import { NotebookError } from '../../../shared/errors';
import type { Stores } from '../context';
import { createKnownCards } from './known-cards';

export function createEntitySuggestions({ entities, clippings, passages }: Stores) {
  const knownCards = createKnownCards(entities);

  function clippingText(id: string): string {
    const text = clippings.text(id);
    if (text === null) throw new NotebookError('not_found', `There is no clipping with id ${id}; it may have been deleted.`, 'clippingId');
    return text;
  }

  /** The row with `alsoNamed` when other live cards carry the words it matched. */
  function withAmbiguity(row: EntitySuggestion, cache: Map<string, Array<{ entityId: string; name: string }>>): EntitySuggestion {
    if (row.entityId === null) return row;
    const key = foldName(row.text);
    if (key === '') return row;
    let named = cache.get(key);
    if (!named) {
      named = entities.names.cardsNamed(key);
      cache.set(key, named);
    }
    const others = named.filter((card) => card.entityId !== row.entityId);
    return others.length === 0 ? row : { ...row, alsoNamed: others };
  }

  return {
    suggest(input: ParsedInputOf<'entities.suggest'>): EntitySuggestion[] {
      const text = clippingText(input.clippingId);
      const refused = new Set(entities.rejections.of(input.clippingId).map((r) => `${r.type}:${r.folded}`));
      const cache = new Map<string, Array<{ entityId: string; name: string }>>();
      return suggestEntities(text, knownCards())
        .filter((s) => !refused.has(`${s.type}:${foldName(s.name)}`))
        .map((row) => withAmbiguity(row, cache));
    },

    rejectSuggestion(input: ParsedInputOf<'entities.rejectSuggestion'>): BulkResult {
      clippingText(input.clippingId);
      return { count: entities.rejections.add(input.clippingId, foldName(input.name), input.type) };
    },

    /** Forgets a rejection (Undo): 0 when there was none. */
    unrejectSuggestion(input: ParsedInputOf<'entities.unrejectSuggestion'>): BulkResult {
      clippingText(input.clippingId);
      return { count: entities.rejections.remove(input.clippingId, foldName(input.name), input.type) };
    },

    mentionsIn(input: ParsedInputOf<'entities.mentionsIn'>): ClippingMention[] {
      clippingText(input.clippingId);
      return passages.mentions.inClipping(input.clippingId);
    },
  };
}
