// What a relation between two cards can cite: every passage of the live clippings that mention both
// cards, linked to a card or not — a sentence naming both is the usual evidence for how they relate.
import type { RelationEvidenceOptions } from '../../../shared/contract';
import type { Stores } from '../context';
import { createEntityMentions } from '../entities/mentions';

/** At most this many passages are offered; the passage search finds any other. */
const PASSAGE_LIMIT = 500;

export function createEvidenceOptions(stores: Stores) {
  const { entities, passages } = stores;
  const mentions = createEntityMentions(stores.clippings);

  function mentioning(entityId: string, field: string) {
    const card = entities.live(entityId, field);
    const names = entities.names.of(card.id).map((n) => n.name);
    return mentions.list(card.id, names);
  }

  return (input: { entityId: string; otherId: string }): RelationEvidenceOptions => {
    const other = new Set(mentioning(input.otherId, 'otherId').map((m) => m.clippingId));
    const shared = mentioning(input.entityId, 'entityId').filter((m) => other.has(m.clippingId));
    const ids = shared.flatMap((m) => passages.idsOfClipping(m.clippingId)).slice(0, PASSAGE_LIMIT);
    return {
      clippings: shared.map((m) => ({ id: m.clippingId, title: m.title })),
      passages: passages.refs(ids),
    };
  };
}
